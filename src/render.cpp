#include "titraille/render.h"

#include <sstream>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <yaml-cpp/yaml.h>

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

nlohmann::ordered_json metadata_json(const Metadata& m) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  auto put = [&j](const char* key, const std::optional<std::string>& v) {
    if (v) j[key] = *v;
  };
  put("date", m.date);
  put("date_modified", m.date_modified);
  put("date_text", m.date_text);
  put("source", m.source);
  put("dateline", m.dateline);
  put("author", m.author);
  put("agency", m.agency);
  put("original_title", m.original_title);
  return j;
}

std::string render_json(const Document& doc, const RenderInfo& info) {
  nlohmann::ordered_json j;
  j["title"] = doc.title;
  j["h1"] = doc.h1;
  j["meta_description"] = doc.meta_description;
  j["slug"] = doc.slug;
  j["keyphrase"] = doc.keyphrase;
  j["lang"] = "fr";
  j["sections"] = nlohmann::ordered_json::array();
  for (const Section& s : doc.sections) {
    nlohmann::ordered_json sj;
    sj["heading"] = s.heading ? nlohmann::ordered_json(*s.heading) : nlohmann::ordered_json(nullptr);
    sj["heading_origin"] = s.heading ? nlohmann::ordered_json(s.heading_origin) : nlohmann::ordered_json(nullptr);
    sj["paragraphs"] = nlohmann::ordered_json::array();
    for (const Paragraph& p : s.paragraphs) sj["paragraphs"].push_back(p.text);
    j["sections"].push_back(std::move(sj));
  }
  j["removed"] = nlohmann::ordered_json::array();
  for (const Removed& r : doc.removed)
    j["removed"].push_back({{"text", r.text}, {"reason", r.reason}, {"line", r.line}, {"rule", r.rule}});
  j["metadata"] = metadata_json(doc.metadata);
  j["words"] = doc.words();
  j["warnings"] = doc.warnings;
  j["checks"] = nlohmann::ordered_json::array();
  for (const Check& c : doc.checks) j["checks"].push_back({{"id", c.id}, {"status", c.status}, {"detail", c.detail}});
  j["settings"] = {{"min_words", doc.settings.min_words},
                   {"subheadings", doc.settings.subheadings},
                   {"customize_title", doc.settings.customize_title},
                   {"directives", doc.settings.directives}};
  j["generator"] = {{"name", "titraille"}, {"version", TITRAILLE_VERSION}, {"rules_digest", info.rules_digest}};
  // Extras: the inputs of a merge, the source-derived blocks, provenance.
  auto input_name = [&doc](int i) {
    return doc.sources.empty() ? doc.name : doc.sources[static_cast<std::size_t>(i)].name;
  };
  if (!doc.sources.empty()) {
    j["sources"] = nlohmann::ordered_json::array();
    for (const Source& s : doc.sources) {
      nlohmann::ordered_json sj;
      sj["name"] = s.name;
      sj["outlet"] = s.outlet ? nlohmann::ordered_json(*s.outlet) : nlohmann::ordered_json(nullptr);
      sj["words"] = s.words;
      j["sources"].push_back(std::move(sj));
    }
  }
  j["blocks"] = nlohmann::ordered_json::array();
  for (const InfoBlock& b : doc.info_blocks)
    j["blocks"].push_back({{"id", b.id}, {"title", b.title}, {"items", b.items}});
  j["provenance"] = nlohmann::ordered_json::array();
  for (const Provenance& p : doc.provenance) {
    nlohmann::ordered_json pj;
    pj["where"] = p.where;
    pj["kind"] = p.kind;
    pj["origins"] = nlohmann::ordered_json::array();
    for (const Origin& o : p.origins)
      pj["origins"].push_back(
          {{"input", input_name(o.input)}, {"line", o.line}, {"bytes", {o.begin, o.end}}, {"exact", o.exact}});
    j["provenance"].push_back(std::move(pj));
  }
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
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
  // A leading "1." or "-" or "+" would start a list.
  std::size_t k = 0;
  while (k < out.size() && out[k] >= '0' && out[k] <= '9') ++k;
  if ((k > 0 && k < out.size() && (out[k] == '.' || out[k] == ')')) ) out.insert(k, "\\");
  else if (!out.empty() && (out[0] == '-' || out[0] == '+')) out.insert(0, "\\");
  return out;
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
  if (m.author) y << YAML::Key << "author" << YAML::Value << YAML::SingleQuoted << *m.author;
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
        for (const Paragraph& p : s.paragraphs) out << "\n" << md_escape(p.text) << "\n";
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
  if (doc.metadata.author) ld["author"] = {{"@type", "Person"}, {"name", *doc.metadata.author}};
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
    for (const Paragraph& p : s.paragraphs)
      if (!p.text.empty()) article.append_child("p").text() = p.text.c_str();
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
