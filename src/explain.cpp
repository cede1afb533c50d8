// The --explain report (declared in titraille/render.h).
#include <cstdio>
#include <sstream>

#include "text.h"
#include "titraille/render.h"

namespace titraille {
namespace {

std::string clip(const std::string& s, std::size_t max_chars = 140) {
  if (text::length(s) <= max_chars) return s;
  icu::UnicodeString u = text::u(s);
  return text::utf8(u.tempSubString(0, u.moveIndex32(0, static_cast<int32_t>(max_chars)))) + "…";
}

const char* kind_name(BlockKind k) {
  switch (k) {
    case BlockKind::Article: return "kept: article";
    case BlockKind::Heading: return "kept: heading";
    case BlockKind::Title: return "title";
    case BlockKind::Removed: return "removed";
    case BlockKind::Pending: return "undecided";
  }
  return "?";
}

}  // namespace

std::string explain(const Document& doc) {
  std::ostringstream out;
  out << "== " << doc.name << "\n";
  if (!doc.sources.empty()) {
    out << "merge of " << doc.sources.size() << " inputs (the first is the primary):";
    for (const Source& s : doc.sources) out << " " << s.name;
    out << "\n";
  }
  out << "settings: min_words=" << doc.settings.min_words << (doc.settings.min_words_forced ? " (command line)" : "")
      << " subheadings=" << (doc.settings.subheadings ? "yes" : "no")
      << " customize_title=" << (doc.settings.customize_title ? "yes" : "no");
  if (!doc.settings.directives.empty()) out << " directives=" << text::join(doc.settings.directives, ",");
  out << "\n-- input lines\n";
  // Pieces removed from inside a line (prompt prefixes, datelines, cut clauses).
  for (const Removed& r : doc.removed) {
    bool whole_block = false, line_kept = false;
    for (const Block& b : doc.blocks) {
      if (b.line != r.line || b.input != r.input) continue;
      line_kept = true;
      if ((b.kind == BlockKind::Removed || b.kind == BlockKind::Title) && b.original == r.text) whole_block = true;
    }
    if (whole_block) continue;
    // A line the directives stage removed whole has no block left.
    if (!doc.sources.empty()) out << doc.sources[static_cast<std::size_t>(r.input)].name << " ";
    out << "line " << r.line << ": " << (line_kept ? "removed part" : "removed") << " [" << r.reason << "] " << r.rule
        << "\n    \"" << clip(r.text) << "\"\n";
  }
  for (const Block& b : doc.blocks) {
    char score[32];
    std::snprintf(score, sizeof score, "%.2f", b.score);
    if (!doc.sources.empty()) out << doc.sources[static_cast<std::size_t>(b.input)].name << " ";
    out << "line " << b.line << ": " << kind_name(b.kind);
    if (!b.reason.empty() && b.kind != BlockKind::Article && b.kind != BlockKind::Heading) out << " [" << b.reason << "]";
    out << " score=" << score << " " << b.rule << "\n    \"" << clip(b.original) << "\"\n";
  }
  out << "-- generated\n";
  for (const Trace& t : doc.traces) {
    out << t.what << ": \"" << clip(t.text) << "\"\n    <- " << clip(t.origin, 400) << "\n";
  }
  for (const Section& s : doc.sections)
    if (s.heading && s.heading_origin == "source") out << "heading (kept from the source): \"" << *s.heading << "\"\n";
  for (const std::string& w : doc.warnings) out << "warning: " << w << "\n";
  if (!doc.provenance.empty()) {
    out << "-- provenance\n";
    for (const Provenance& p : doc.provenance) {
      out << p.where << ": \"" << clip(p.text, 80) << "\"\n";
      for (const Origin& o : p.origins) {
        const std::string& name = doc.sources.empty() ? doc.name : doc.sources[static_cast<std::size_t>(o.input)].name;
        out << "    <- " << name << " line " << o.line << " bytes " << o.begin << "-" << o.end
            << (o.exact ? "" : " (the line; text repaired or generated)") << "\n";
      }
      if (p.origins.empty()) out << "    <- (no input sentence found)\n";
    }
  }
  return out.str();
}

}  // namespace titraille
