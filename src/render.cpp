#include "titraille/render.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <sstream>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <yaml-cpp/yaml.h>

#include "text.h"

namespace titraille {

std::optional<Format> parse_format(std::string_view name) {
  if (name == "markdown" || name == "md") return Format::Markdown;
  if (name == "html") return Format::Html;
  if (name == "json") return Format::Json;
  if (name == "text" || name == "txt") return Format::Text;
  return std::nullopt;
}

std::string_view extension(Format format) {
  switch (format) {
    case Format::Markdown: return "md";
    case Format::Html: return "html";
    case Format::Json: return "json";
    case Format::Text: return "txt";
  }
  return "txt";
}

namespace {

// Writes JSON as nlohmann::json's dump(2, ' ', false, replace) prints it
// (two-space indent, "key": value, [] and {} when empty, UTF-8 unescaped),
// without building the tree first.
class JsonWriter {
 public:
  std::string out;

  void open_object() { open('{'); }
  void close_object() { close('}'); }
  void open_array() { open('['); }
  void close_array() { close(']'); }
  // An object member's key; its value follows.
  JsonWriter& key(std::string_view k) {
    next();
    string(k);
    out += ": ";
    pending_value_ = true;
    return *this;
  }
  // The next element of an array (nothing for an object member's value).
  void element() {
    if (pending_value_) pending_value_ = false;
    else next();
  }
  void value(std::string_view s) {
    element();
    string(s);
  }
  void value(const char* s) { value(std::string_view(s)); }
  void value(const std::string& s) { value(std::string_view(s)); }
  void value(const std::optional<std::string>& s) {
    if (s) value(std::string_view(*s));
    else null();
  }
  void value(bool b) {
    element();
    out += b ? "true" : "false";
  }
  void value(int v) {
    element();
    out += std::to_string(v);
  }
  void value(std::size_t v) {
    element();
    out += std::to_string(v);
  }
  void null() {
    element();
    out += "null";
  }
  void strings(const std::vector<std::string>& items) {
    open_array();
    for (const std::string& s : items) value(s);
    close_array();
  }
  // An array with one object per item, its members written by `members`.
  template <typename Range, typename Members>
  void objects(const Range& items, Members members) {
    open_array();
    for (const auto& item : items) {
      open_object();
      members(item);
      close_object();
    }
    close_array();
  }

 private:
  std::vector<bool> empty_;  // per open container: nothing in it yet
  bool pending_value_ = false;

  void open(char c) {
    element();
    out += c;
    empty_.push_back(true);
  }
  void close(char c) {
    bool empty = empty_.back();
    empty_.pop_back();
    if (!empty) {
      out += '\n';
      out.append(2 * empty_.size(), ' ');
    }
    out += c;
  }
  void next() {
    if (empty_.empty()) return;  // the top-level value
    if (!empty_.back()) out += ',';
    empty_.back() = false;
    out += '\n';
    out.append(2 * empty_.size(), ' ');
  }
  void string(std::string_view s) {
    if (!text::valid_utf8(s)) {
      // Invalid bytes are replaced by U+FFFD as nlohmann's `replace` does.
      out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      return;
    }
    out += '"';
    for (char ch : s) {
      auto c = static_cast<unsigned char>(ch);
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
          if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
            out += buf;
          } else {
            out += ch;
          }
      }
    }
    out += '"';
  }
};

std::string render_json(const Document& doc, const RenderInfo& info) {
  JsonWriter w;
  w.out.reserve(doc.text.size() * 2 + 4096);
  w.open_object();
  w.key("title").value(doc.title);
  w.key("h1").value(doc.h1);
  w.key("meta_description").value(doc.meta_description);
  w.key("slug").value(doc.slug);
  w.key("keyphrase").value(doc.keyphrase);
  w.key("lang").value("fr");
  w.key("sections").objects(doc.sections, [&w](const Section& s) {
    w.key("heading").value(s.heading);
    if (s.heading) w.key("heading_origin").value(s.heading_origin);
    else w.key("heading_origin").null();
    w.key("paragraphs").open_array();
    for (const Paragraph& p : s.paragraphs) w.value(p.text);
    w.close_array();
  });
  w.key("removed").objects(doc.removed, [&w](const Removed& r) {
    w.key("text").value(r.text);
    w.key("reason").value(r.reason);
    w.key("line").value(r.line);
    w.key("rule").value(r.rule);
  });
  w.key("metadata").open_object();
  const Metadata& m = doc.metadata;
  for (auto [name, v] : {std::pair<const char*, const std::optional<std::string>*>{"date", &m.date},
                         {"date_modified", &m.date_modified},
                         {"date_text", &m.date_text},
                         {"source", &m.source},
                         {"dateline", &m.dateline},
                         {"author", &m.author},
                         {"agency", &m.agency},
                         {"original_title", &m.original_title}})
    if (*v) w.key(name).value(**v);
  w.close_object();
  w.key("words").value(doc.words());
  w.key("warnings").strings(doc.warnings);
  w.key("checks").objects(doc.checks, [&w](const Check& c) {
    w.key("id").value(c.id);
    w.key("status").value(c.status);
    w.key("detail").value(c.detail);
  });
  w.key("settings").open_object();
  w.key("min_words").value(doc.settings.min_words);
  w.key("subheadings").value(doc.settings.subheadings);
  w.key("customize_title").value(doc.settings.customize_title);
  w.key("directives").strings(doc.settings.directives);
  w.close_object();
  w.key("generator").open_object();
  w.key("name").value("titraille");
  w.key("version").value(TITRAILLE_VERSION);
  w.key("rules_digest").value(info.rules_digest);
  w.close_object();
  // Extras: the inputs of a merge, the source-derived blocks, provenance.
  auto input_name = [&doc](int i) -> const std::string& {
    return doc.sources.empty() ? doc.name : doc.sources[static_cast<std::size_t>(i)].name;
  };
  if (!doc.sources.empty())
    w.key("sources").objects(doc.sources, [&w](const Source& s) {
      w.key("name").value(s.name);
      w.key("outlet").value(s.outlet);
      w.key("words").value(s.words);
    });
  w.key("blocks").objects(doc.info_blocks, [&w](const InfoBlock& b) {
    w.key("id").value(b.id);
    w.key("title").value(b.title);
    w.key("items").strings(b.items);
  });
  w.key("provenance").objects(doc.provenance, [&](const Provenance& p) {
    w.key("where").value(p.where);
    w.key("kind").value(p.kind);
    w.key("origins").objects(p.origins, [&](const Origin& o) {
      w.key("input").value(input_name(o.input));
      w.key("line").value(o.line);
      w.key("bytes").open_array();
      w.value(o.begin);
      w.value(o.end);
      w.close_array();
      w.key("exact").value(o.exact);
    });
  });
  w.close_object();
  w.out += '\n';
  return std::move(w.out);
}

// Backslash-escapes what Markdown would read as markup.
std::string md_escape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>' || c == '#' ||
        c == '|')
      out += '\\';
    out += c;
  }
  // A leading "1." or "-" or "+" would start a list; "-" or "+" only before
  // a space or alone (« +38 % », « -5 % » are no list), or in a line of
  // dashes (a rule).
  std::size_t k = 0;
  while (k < out.size() && out[k] >= '0' && out[k] <= '9') ++k;
  if ((k > 0 && k < out.size() && (out[k] == '.' || out[k] == ')')) ) out.insert(k, "\\");
  else if (!out.empty() && (out[0] == '-' || out[0] == '+') &&
           (out.size() == 1 || out[1] == ' ' || out[1] == '\t' || out.find_first_not_of("- ") == std::string::npos))
    out.insert(0, "\\");
  return out;
}

// The mark of an enumeration's items, which carry none.
constexpr std::string_view kUnmarked = "enumeration";
// The longest line of a box written without marks, in words.
constexpr std::ptrdiff_t kBoxLineMaxWords = 25;

// The list items among a section's paragraphs: for each paragraph, its list
// mark (text::list_mark: "1" for a number, else the bullet) when it is one of
// a run of two or more paragraphs with the same mark, else "". Such a run is
// a list of the source (« - Rennes-Saint-Malo : 4 allers-retours »). So is an
// enumeration written without marks (kUnmarked): two or more paragraphs under
// one that ends with a colon, each opening in lower case and ending with a
// semicolon, but the last, which may end the sentence (« Ce que l’on sait : »
// / « le départ de feu a été localisé… ; » / « des prélèvements ont été
// réalisés. »), and a box (below).
std::vector<std::string_view> list_items(const Section& s) {
  const std::vector<Paragraph>& ps = s.paragraphs;
  std::vector<std::string_view> marks(ps.size());
  for (std::size_t i = 0; i < ps.size(); ++i) marks[i] = text::list_mark(ps[i].text);
  std::vector<std::string_view> out(marks.size());
  for (std::size_t i = 0; i < marks.size();) {
    std::size_t j = i;
    while (j < marks.size() && !marks[i].empty() && marks[j] == marks[i]) ++j;
    if (j - i >= 2)
      for (std::size_t k = i; k < j; ++k) out[k] = marks[k];
    i = j > i ? j : i + 1;
  }
  auto item = [&](std::size_t k) { return marks[k].empty() && text::starts_with_lower(ps[k].text); };
  for (std::size_t i = 1; i < ps.size(); ++i) {
    if (!text::trim(ps[i - 1].text).ends_with(':') || !item(i)) continue;
    std::size_t j = i;
    while (j < ps.size() && item(j) && text::trim(ps[j].text).ends_with(';')) ++j;
    if (j < ps.size() && item(j) && text::ends_sentence(ps[j].text)) ++j;  // the last item
    if (j - i >= 2)
      for (std::size_t k = i; k < j; ++k) out[k] = kUnmarked;
    i = j;
  }
  // A box of the source written without marks: two or more short lines that
  // end no sentence under its heading or a lead-in ending with a colon
  // (« Les chiffres clés » / « 214 communes en crise sécheresse » / « 39,4 °C
  // relevés à Montélimar »).
  // (Not a post's lines: its author's, then its text, which may end with an
  // emoji or hold sentences.) An item ending with a semicolon may be followed
  // by the last one, which ends the sentence.
  auto plain = [&](std::size_t k) {
    const std::string_view t = text::trim(ps[k].text);
    return marks[k].empty() && out[k].empty() && !ps[k].from_heading && !ps[k].post_attribution && !t.empty() &&
           !t.ends_with(':') && std::count(t.begin(), t.end(), ' ') < kBoxLineMaxWords &&
           t.find(". ") == std::string_view::npos && t.find("! ") == std::string_view::npos &&
           t.find("? ") == std::string_view::npos && !text::ends_with_emoji(t);
  };
  auto box_line = [&](std::size_t k) { return plain(k) && !text::ends_sentence(ps[k].text); };
  for (std::size_t i = 1; i < ps.size(); ++i) {
    if (!ps[i - 1].from_heading && !text::trim(ps[i - 1].text).ends_with(':')) continue;
    std::size_t j = i;
    while (j < ps.size() && box_line(j)) ++j;
    if (j > i && j < ps.size() && text::trim(ps[j - 1].text).ends_with(';') && plain(j)) ++j;  // the last item
    if (j - i >= 2)
      for (std::size_t k = i; k < j; ++k) out[k] = kUnmarked;
    i = std::max(i, j);
  }
  return out;
}

// A list item's text without its mark (« - », « • », « 3. »), and its number
// for a numbered one.
std::string item_text(const std::string& p, std::string_view mark, std::string* number = nullptr) {
  std::size_t at = 0;
  if (mark == "1") {
    while (at < p.size() && p[at] >= '0' && p[at] <= '9') ++at;
    if (number) *number = p.substr(0, at);
    ++at;  // the full stop or parenthesis
  } else if (mark != kUnmarked) {  // (an enumeration's item has no mark)
    at = mark.size();
  }
  return std::string(text::trim(std::string_view(p).substr(std::min(at, p.size()))));
}

// The body of the Markdown and text formats in reading order: the sections,
// L’essentiel before the first subheading (after the introduction; after the
// last section when there is no subheading), then the other source-derived
// blocks.
template <class WriteSection, class WriteBlock>
void body_in_order(const Document& doc, WriteSection section, WriteBlock block) {
  bool essentiel_done = false;
  auto essentiel = [&] {
    for (const InfoBlock& b : doc.info_blocks)
      if (b.id == "essentiel") block(b);
    essentiel_done = true;
  };
  for (const Section& s : doc.sections) {
    if (s.heading && !essentiel_done) essentiel();
    section(s);
  }
  if (!essentiel_done) essentiel();
  for (const InfoBlock& b : doc.info_blocks)
    if (b.id != "essentiel") block(b);
}

std::string render_markdown(const Document& doc, const RenderInfo& info) {
  YAML::Emitter y;
  y.SetOutputCharset(YAML::EmitNonAscii);
  y << YAML::BeginMap;
  y << YAML::Key << "title" << YAML::Value << YAML::SingleQuoted << doc.title;
  y << YAML::Key << "description" << YAML::Value << YAML::SingleQuoted << doc.meta_description;
  y << YAML::Key << "slug" << YAML::Value << doc.slug;
  y << YAML::Key << "keyphrase" << YAML::Value << YAML::SingleQuoted << doc.keyphrase;
  y << YAML::Key << "lang" << YAML::Value << "fr";
  const Metadata& m = doc.metadata;
  if (m.date) y << YAML::Key << "date" << YAML::Value << *m.date;
  if (m.date_modified) y << YAML::Key << "date_modified" << YAML::Value << *m.date_modified;
  if (m.author) y << YAML::Key << "author" << YAML::Value << YAML::SingleQuoted << *m.author;
  if (m.agency) y << YAML::Key << "agency" << YAML::Value << YAML::SingleQuoted << *m.agency;
  if (m.source) y << YAML::Key << "source" << YAML::Value << YAML::SingleQuoted << *m.source;
  if (m.dateline) y << YAML::Key << "dateline" << YAML::Value << YAML::SingleQuoted << *m.dateline;
  y << YAML::Key << "words" << YAML::Value << doc.words();
  y << YAML::Key << "generator" << YAML::Value << YAML::SingleQuoted << info.generator;
  y << YAML::Key << "rules_digest" << YAML::Value << info.rules_digest;
  y << YAML::EndMap;
  std::ostringstream out;
  out << "---\n" << y.c_str() << "\n---\n\n# " << md_escape(doc.h1) << "\n";
  body_in_order(
      doc,
      [&out](const Section& s) {
        if (s.heading) out << "\n## " << md_escape(*s.heading) << "\n";
        const std::vector<std::string_view> items = list_items(s);
        for (std::size_t i = 0; i < s.paragraphs.size(); ++i) {
          const std::string& t = s.paragraphs[i].text;
          if (items[i].empty()) {
            // (In bold: a subheading of the source, kept as its section's opening line.)
            const char* bold = s.paragraphs[i].from_heading ? "**" : "";
            out << "\n" << bold << md_escape(t) << bold << "\n";
            continue;
          }
          // A list: its items one per line, a blank line before the first.
          if (i == 0 || items[i - 1] != items[i]) out << "\n";
          std::string number;
          const std::string item = md_escape(item_text(t, items[i], &number));
          out << (items[i] == "1" ? number + ". " : "- ") << item << "\n";
        }
      },
      [&out](const InfoBlock& b) {
        out << "\n**" << md_escape(b.title) << "**\n\n";
        for (const std::string& item : b.items) out << "- " << md_escape(item) << "\n";
      });
  return out.str();
}

std::string render_text(const Document& doc) {
  std::ostringstream out;
  out << doc.h1 << "\n";
  body_in_order(
      doc,
      [&out](const Section& s) {
        if (s.heading) out << "\n" << *s.heading << "\n";
        for (const Paragraph& p : s.paragraphs) out << "\n" << p.text << "\n";
      },
      [&out](const InfoBlock& b) {
        out << "\n" << b.title << "\n";
        for (const std::string& item : b.items) out << "- " << item << "\n";
      });
  return out.str();
}

// JSON inside <script>: no character HTML could read as markup.
std::string script_safe(const std::string& json) {
  std::string out;
  for (char c : json) {
    if (c == '<') out += "\\u003c";
    else if (c == '>') out += "\\u003e";
    else if (c == '&') out += "\\u0026";
    else out += c;
  }
  return out;
}

void meta_tag(pugi::xml_node head, const char* attr, const char* key, const std::string& content) {
  pugi::xml_node m = head.append_child("meta");
  m.append_attribute(attr) = key;
  m.append_attribute("content") = content.c_str();
}

std::string render_html(const Document& doc, const RenderInfo& info) {
  pugi::xml_document d;
  pugi::xml_node html = d.append_child("html");
  html.append_attribute("lang") = "fr";
  pugi::xml_node head = html.append_child("head");
  head.append_child("meta").append_attribute("charset") = "utf-8";
  meta_tag(head, "name", "viewport", "width=device-width, initial-scale=1");
  head.append_child("title").text() = doc.title.c_str();
  meta_tag(head, "name", "description", doc.meta_description);
  meta_tag(head, "name", "keywords", doc.keyphrase);
  meta_tag(head, "name", "generator", info.generator + " (rules " + info.rules_digest + ")");
  meta_tag(head, "property", "og:type", "article");
  meta_tag(head, "property", "og:locale", "fr_FR");
  meta_tag(head, "property", "og:title", doc.title);
  meta_tag(head, "property", "og:description", doc.meta_description);
  if (doc.metadata.source) meta_tag(head, "property", "og:site_name", *doc.metadata.source);
  if (doc.metadata.date) meta_tag(head, "property", "article:published_time", *doc.metadata.date);
  if (doc.metadata.date_modified) meta_tag(head, "property", "article:modified_time", *doc.metadata.date_modified);

  // schema.org NewsArticle, from what the input supports only.
  nlohmann::ordered_json ld;
  ld["@context"] = "https://schema.org";
  ld["@type"] = "NewsArticle";
  ld["headline"] = doc.title;
  ld["description"] = doc.meta_description;
  ld["inLanguage"] = "fr";
  if (!doc.keyphrase.empty()) ld["keywords"] = doc.keyphrase;
  ld["wordCount"] = doc.words();
  if (doc.metadata.date) ld["datePublished"] = *doc.metadata.date;
  if (doc.metadata.date_modified) ld["dateModified"] = *doc.metadata.date_modified;
  if (doc.metadata.authors.size() > 1) {
    ld["author"] = nlohmann::ordered_json::array();
    for (const std::string& name : doc.metadata.authors) ld["author"].push_back({{"@type", "Person"}, {"name", name}});
  } else if (doc.metadata.author) {
    ld["author"] = {{"@type", "Person"}, {"name", *doc.metadata.author}};
  }
  if (doc.metadata.source) ld["publisher"] = {{"@type", "Organization"}, {"name", *doc.metadata.source}};
  if (doc.metadata.dateline) ld["dateline"] = *doc.metadata.dateline;
  pugi::xml_node script = head.append_child("script");
  script.append_attribute("type") = "application/ld+json";
  script.append_child(pugi::node_pcdata)
      .set_value(script_safe(ld.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)).c_str());

  pugi::xml_node body = html.append_child("body");
  pugi::xml_node article = body.append_child("article");
  article.append_attribute("data-keyphrase") = doc.keyphrase.c_str();
  article.append_attribute("data-slug") = doc.slug.c_str();
  article.append_child("h1").text() = doc.h1.c_str();
  // Source-derived blocks: an <aside> with a bold title (not a heading, which
  // would change the page's outline) and a list, outside the <article> as
  // complementary content (so the article's measures, which the checks
  // compute, stay those of its text): L’essentiel before it, the others
  // after it.
  auto fill = [](pugi::xml_node aside, const InfoBlock& b) {
    aside.append_attribute("data-block") = b.id.c_str();
    aside.append_child("p").append_child("strong").text() = b.title.c_str();
    pugi::xml_node ul = aside.append_child("ul");
    for (const std::string& item : b.items) ul.append_child("li").text() = item.c_str();
  };
  for (const Section& s : doc.sections) {
    if (s.heading) article.append_child("h2").text() = s.heading->c_str();
    const std::vector<std::string_view> items = list_items(s);
    pugi::xml_node list;
    for (std::size_t i = 0; i < s.paragraphs.size(); ++i) {
      const Paragraph& p = s.paragraphs[i];
      if (items[i].empty()) {
        if (p.text.empty()) continue;
        pugi::xml_node para = article.append_child("p");
        (p.from_heading ? para.append_child("strong") : para).text() = p.text.c_str();
        continue;
      }
      // A run of list items: one <ul> or <ol> (its numbers kept as values).
      std::string number;
      const std::string item = item_text(p.text, items[i], &number);
      if (i == 0 || items[i - 1] != items[i]) list = article.append_child(items[i] == "1" ? "ol" : "ul");
      pugi::xml_node li = list.append_child("li");
      if (!number.empty()) li.append_attribute("value") = number.c_str();
      li.text() = item.c_str();
    }
  }
  for (const InfoBlock& b : doc.info_blocks)
    fill(b.id == "essentiel" ? body.insert_child_before("aside", article) : body.append_child("aside"), b);
  std::ostringstream out;
  out << "<!DOCTYPE html>\n";
  d.save(out, "  ", pugi::format_indent | pugi::format_no_declaration,
         pugi::encoding_utf8);
  return out.str();
}

}  // namespace

std::string render(const Document& doc, Format format, const RenderInfo& info) {
  switch (format) {
    case Format::Markdown: return render_markdown(doc, info);
    case Format::Html: return render_html(doc, info);
    case Format::Json: return render_json(doc, info);
    case Format::Text: return render_text(doc);
  }
  return {};
}

}  // namespace titraille
