// End-to-end tests of the titraille command-line tool: exit codes, messages,
// input/output handling, the output formats against CONTRACT.md, --explain,
// options, --rules and determinism across locales and time zones.
//
// Every test runs the built binary through run_cli() (test_support.h).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "test_support.h"

namespace fs = std::filesystem;
using nlohmann::json;
using titraille::testing::read_file;
using titraille::testing::run_cli;
using titraille::testing::RunResult;
using titraille::testing::source_path;
using titraille::testing::temp_dir;
using titraille::testing::write_file;

namespace {

// A small, clean French news article: a headline and four paragraphs.
const std::string kTitleLine = "Rennes : le conseil municipal vote un plan de rénovation des écoles";
const std::vector<std::string> kParagraphs = {
    "Le conseil municipal de Rennes a voté jeudi soir un plan de douze millions d’euros pour rénover les écoles "
    "primaires de la ville. Les travaux commenceront dès l’été prochain et dureront trois ans, selon la maire, qui a "
    "présenté le projet devant les élus.",
    "Le plan prévoit l’isolation thermique de quinze bâtiments, le remplacement des chaudières au fioul et la "
    "création de cours d’école végétalisées. « Nos enfants doivent apprendre dans des locaux dignes », a déclaré "
    "l’adjointe chargée de l’éducation.",
    "L’opposition a dénoncé un calendrier trop lent et réclamé une priorité pour les écoles des quartiers nord. Le "
    "projet a finalement été adopté par quarante voix contre douze, après trois heures de débat.",
    "Les parents d’élèves saluent une bonne nouvelle mais restent vigilants sur le déroulement des chantiers pendant "
    "l’année scolaire. Une réunion publique sera organisée en septembre dans chaque quartier concerné.",
};

std::string article(const std::vector<std::string>& extra_lines_after_title = {}) {
  std::string s = kTitleLine + "\n";
  for (const std::string& l : extra_lines_after_title) s += l + "\n";
  for (const std::string& p : kParagraphs) s += p + "\n";
  return s;
}

std::string example(const std::string& name) { return source_path("data/examples/" + name); }


// Writes content to dir/name and returns the path.
std::string put(const std::string& dir, const std::string& name, const std::string& content) {
  std::string path = dir + "/" + name;
  fs::create_directories(fs::path(path).parent_path());
  write_file(path, content);
  return path;
}

std::size_t code_points(const std::string& s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  return static_cast<std::size_t>(u.countChar32());
}

std::size_t count_lines(const std::string& s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n')); }

// The numbers (runs of digits) that occur in s.
std::set<std::string> numbers_in(const std::string& s) {
  std::set<std::string> out;
  std::regex digits("[0-9]+");
  for (auto it = std::sregex_iterator(s.begin(), s.end(), digits); it != std::sregex_iterator(); ++it)
    out.insert(it->str());
  return out;
}

// A one-line error message that names `path`, nothing on stdout.
void expect_one_line_error(const RunResult& r, const std::string& path) {
  EXPECT_TRUE(r.out.empty()) << "stdout: " << r.out;
  EXPECT_NE(r.err.find(path), std::string::npos) << "stderr: " << r.err;
  EXPECT_EQ(count_lines(r.err), 1u) << "stderr: " << r.err;
  EXPECT_FALSE(r.err.empty() || r.err.back() != '\n') << "stderr: " << r.err;
}

json parse_json(const std::string& text) {
  json j = json::parse(text, nullptr, false);
  EXPECT_FALSE(j.is_discarded()) << "not JSON:\n" << text;
  return j;
}

// Every field of ../shared/CONTRACT.md, with its JSON type and constraints.
void expect_contract(const json& j, const std::string& what) {
  SCOPED_TRACE(what);
  ASSERT_TRUE(j.is_object());
  for (const char* key : {"title", "h1", "meta_description", "slug", "keyphrase", "lang"}) {
    ASSERT_TRUE(j.contains(key)) << key;
    EXPECT_TRUE(j[key].is_string()) << key;
  }
  for (const char* key : {"sections", "removed", "warnings", "checks"}) {
    ASSERT_TRUE(j.contains(key)) << key;
    EXPECT_TRUE(j[key].is_array()) << key;
  }
  ASSERT_TRUE(j.contains("metadata"));
  EXPECT_TRUE(j["metadata"].is_object());
  ASSERT_TRUE(j.contains("words"));
  EXPECT_TRUE(j["words"].is_number_integer());
  EXPECT_GE(j["words"].get<long long>(), 0);

  const std::string title = j["title"].get<std::string>();
  const std::string meta = j["meta_description"].get<std::string>();
  EXPECT_GE(code_points(title), 30u) << title;
  EXPECT_LE(code_points(title), 60u) << title;
  EXPECT_GE(code_points(meta), 120u) << meta;
  EXPECT_LE(code_points(meta), 156u) << meta;
  EXPECT_FALSE(meta.empty() || meta.back() == ' ') << meta;
  EXPECT_FALSE(j["h1"].get<std::string>().empty());
  EXPECT_FALSE(j["keyphrase"].get<std::string>().empty());
  EXPECT_EQ(j["lang"], "fr");
  EXPECT_TRUE(std::regex_match(j["slug"].get<std::string>(), std::regex("^[a-z0-9]+(-[a-z0-9]+)*$")))
      << j["slug"];

  EXPECT_FALSE(j["sections"].empty());
  for (std::size_t i = 0; i < j["sections"].size(); ++i) {
    const json& s = j["sections"][i];
    ASSERT_TRUE(s.is_object());
    ASSERT_TRUE(s.contains("heading"));
    if (i == 0) EXPECT_TRUE(s["heading"].is_null() || s["heading"].is_string());
    else EXPECT_TRUE(s["heading"].is_string()) << "section " << i << " has a null heading";
    ASSERT_TRUE(s.contains("paragraphs"));
    ASSERT_TRUE(s["paragraphs"].is_array());
    for (const json& p : s["paragraphs"]) EXPECT_TRUE(p.is_string());
  }
  for (const json& r : j["removed"]) {
    ASSERT_TRUE(r.is_object());
    EXPECT_TRUE(r.contains("text") && r["text"].is_string());
    EXPECT_TRUE(r.contains("reason") && r["reason"].is_string() && !r["reason"].get<std::string>().empty());
  }
  for (const char* key : {"date", "source", "dateline", "author", "original_title"})
    if (j["metadata"].contains(key)) {
      EXPECT_TRUE(j["metadata"][key].is_string()) << key;
    }
  if (j["metadata"].contains("date") && j["metadata"]["date"].is_string()) {
    EXPECT_TRUE(std::regex_search(j["metadata"]["date"].get<std::string>(), std::regex("^[0-9]{4}-[0-9]{2}-[0-9]{2}")))
        << j["metadata"]["date"];
  }
  for (const json& w : j["warnings"]) EXPECT_TRUE(w.is_string());
  for (const json& c : j["checks"]) {
    ASSERT_TRUE(c.is_object());
    EXPECT_TRUE(c.contains("id") && c["id"].is_string());
    EXPECT_TRUE(c.contains("detail") && c["detail"].is_string());
    ASSERT_TRUE(c.contains("status") && c["status"].is_string());
    const std::string st = c["status"].get<std::string>();
    EXPECT_TRUE(st == "good" || st == "ok" || st == "bad") << st;
  }
}

std::vector<std::string> all_paragraphs(const json& j) {
  std::vector<std::string> out;
  for (const json& s : j["sections"])
    for (const json& p : s["paragraphs"]) out.push_back(p.get<std::string>());
  return out;
}

bool body_contains(const json& j, const std::string& needle) {
  for (const std::string& p : all_paragraphs(j))
    if (p.find(needle) != std::string::npos) return true;
  return false;
}

const json* find_check(const json& j, const std::string& id) {
  for (const json& c : j["checks"])
    if (c["id"] == id) return &c;
  return nullptr;
}

// Spaces of any width as ASCII spaces (typography may put NBSP/NNBSP in).
std::string plain_spaces(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    if (s.compare(i, 2, "\u00A0") == 0) {
      out += ' ';
      i += 2;
    } else if (s.compare(i, 3, "\u202F") == 0) {
      out += ' ';
      i += 3;
    } else {
      out += s[i++];
    }
  }
  return out;
}

const std::vector<std::string> kFormats = {"markdown", "html", "json", "text"};

}  // namespace

// ---------------------------------------------------------------------------
// Invalid UTF-8, empty and binary input: status 4

TEST(CliTest, InvalidUtf8LoneLeadByteGivesFileAndOffset) {
  std::string dir = temp_dir("badutf8");
  const std::string prefix = kTitleLine + "\n" + kParagraphs[0] + "\n" + "Le maire a évoqué une « étape » ";
  const std::string content = prefix + "\xC3" "A" + " importante pour la ville.\n" + kParagraphs[1] + "\n" +
                              kParagraphs[2] + "\n" + kParagraphs[3] + "\n";
  std::string path = put(dir, "lone-c3.txt", content);
  RunResult r = run_cli({path});
  EXPECT_EQ(r.status, 4) << r.err;
  expect_one_line_error(r, path);
  std::string err = r.err;
  err.erase(err.find(path), path.size());
  EXPECT_TRUE(numbers_in(err).count(std::to_string(prefix.size())))
      << "expected byte offset " << prefix.size() << " in: " << r.err;

  RunResult repaired = run_cli({"--repair-encoding", "--format", "json", path});
  EXPECT_EQ(repaired.status, 0) << repaired.err;
  json j = parse_json(repaired.out);
  // 0xC3 read as Windows-1252 is U+00C3.
  EXPECT_NE(repaired.out.find("\u00C3A"), std::string::npos) << repaired.out;
}

TEST(CliTest, InvalidUtf8TruncatedSequenceAtEndGivesOffset) {
  std::string dir = temp_dir("truncutf8");
  const std::string prefix = article() + "Le budget total atteint douze millions ";
  const std::string content = prefix + "\xE2\x82";  // a truncated "€"
  std::string path = put(dir, "truncated.txt", content);
  RunResult r = run_cli({path});
  EXPECT_EQ(r.status, 4) << r.err;
  expect_one_line_error(r, path);
  std::string err = r.err;
  err.erase(err.find(path), path.size());
  EXPECT_TRUE(numbers_in(err).count(std::to_string(prefix.size())))
      << "expected byte offset " << prefix.size() << " in: " << r.err;

  RunResult repaired = run_cli({"--repair-encoding", path});
  EXPECT_EQ(repaired.status, 0) << repaired.err;
  EXPECT_FALSE(repaired.out.empty());
}

TEST(CliTest, Windows1252InputFailsWithOffsetAndIsRepairedOnRequest) {
  // The article in Windows-1252: é is 0xE9, ’ is 0x92, œ is 0x9C, € is 0x80.
  const std::string title = "Rennes : le conseil municipal vote un plan de r\xE9novation des \xE9" "coles";
  const std::string content =
      title + "\n" +
      "Le conseil municipal de Rennes a vot\xE9 jeudi soir un plan de douze millions d\x92" "euros (12 M\x80) pour "
      "r\xE9nover les \xE9" "coles primaires de la ville. Les travaux commenceront d\xE8s l\x92\xE9t\xE9 prochain et "
      "dureront trois ans, selon la maire.\n"
      "Le plan pr\xE9voit l\x92isolation thermique de quinze b\xE2timents et le remplacement des chaudi\xE8res au "
      "fioul. \xAB Nos enfants doivent apprendre dans des locaux dignes \xBB, a d\xE9" "clar\xE9 l\x92" "adjointe, qui "
      "a le projet \xE0 c\x9C" "ur.\n"
      "L\x92opposition a d\xE9nonc\xE9 un calendrier trop lent et r\xE9" "clam\xE9 une priorit\xE9 pour les \xE9" "coles "
      "des quartiers nord. Le projet a finalement \xE9t\xE9 adopt\xE9 par quarante voix contre douze.\n";
  std::string dir = temp_dir("cp1252");
  std::string path = put(dir, "cp1252.txt", content);

  RunResult r = run_cli({path});
  EXPECT_EQ(r.status, 4);
  expect_one_line_error(r, path);
  std::string err = r.err;
  err.erase(err.find(path), path.size());
  const std::size_t first_bad = title.find('\xE9');
  EXPECT_TRUE(numbers_in(err).count(std::to_string(first_bad))) << "expected byte offset " << first_bad << " in: " << r.err;

  RunResult fixed = run_cli({"--repair-encoding", "--format", "json", path});
  ASSERT_EQ(fixed.status, 0) << fixed.err;
  json j = parse_json(fixed.out);
  std::string body;
  for (const std::string& p : all_paragraphs(j)) body += p + "\n";
  EXPECT_NE(body.find("rénover les écoles"), std::string::npos) << body;
  EXPECT_NE(body.find("d’euros"), std::string::npos) << body;
  EXPECT_NE(body.find("l’isolation"), std::string::npos) << body;
  EXPECT_NE(body.find("cœur"), std::string::npos) << body;
  EXPECT_NE(body.find("€"), std::string::npos) << body;
  EXPECT_EQ(body.find("\xEF\xBF\xBD"), std::string::npos) << "U+FFFD in " << body;
}

TEST(CliTest, EmptyFileIsUnusable) {
  std::string path = put(temp_dir("empty"), "empty.txt", "");
  RunResult r = run_cli({path});
  EXPECT_EQ(r.status, 4);
  expect_one_line_error(r, path);
}

TEST(CliTest, WhitespaceOnlyFileIsUnusable) {
  std::string path = put(temp_dir("spaces"), "spaces.txt", "   \n\n \t \n\u00A0\n\r\n      \n");
  RunResult r = run_cli({path});
  EXPECT_EQ(r.status, 4);
  expect_one_line_error(r, path);
}

TEST(CliTest, BoilerplateOnlyFileIsUnusable) {
  std::string path = put(temp_dir("boiler"), "boilerplate.txt", "PUBLICITÉ\nLoading...\nPartager sur Facebook\n");
  RunResult r = run_cli({"--format", "json", path});
  EXPECT_EQ(r.status, 4);
  expect_one_line_error(r, path);
}

TEST(CliTest, BinaryInputIsUnusable) {
  std::string dir = temp_dir("binary");
  std::string nul = put(dir, "nul.txt", std::string("Le conseil municipal\0a vot\xC3\xA9.\n", 34) + article());
  RunResult r = run_cli({nul});
  EXPECT_EQ(r.status, 4);
  expect_one_line_error(r, nul);

  std::string png = put(dir, "image.png", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 33));
  RunResult p = run_cli({png});
  EXPECT_EQ(p.status, 4);
  EXPECT_TRUE(p.out.empty());

  RunResult s = run_cli({}, std::string("abc\0def\n", 8));
  EXPECT_EQ(s.status, 4);
  EXPECT_TRUE(s.out.empty());
}

// ---------------------------------------------------------------------------
// Unreadable input: status 3

TEST(CliTest, MissingFileIsUnreadable) {
  std::string path = temp_dir("missing") + "/no-such-file.txt";
  RunResult r = run_cli({path});
  EXPECT_EQ(r.status, 3);
  expect_one_line_error(r, path);
}

TEST(CliTest, DirectoryAsInputIsUnreadable) {
  std::string dir = temp_dir("dirinput");
  RunResult r = run_cli({dir});
  EXPECT_EQ(r.status, 3);
  expect_one_line_error(r, dir);
}

TEST(CliTest, UnwritableOutputIsUnreadableStatus) {
  std::string in = put(temp_dir("unwritable"), "in.txt", article());
  RunResult r = run_cli({"-o", temp_dir("unwritable-out") + "/no/such/dir/out.md", in});
  EXPECT_EQ(r.status, 3) << r.err;
  EXPECT_TRUE(r.out.empty());
}

// ---------------------------------------------------------------------------
// Usage errors: status 2

TEST(CliTest, UsageErrors) {
  std::string dir = temp_dir("usage");
  std::string a = put(dir, "a.txt", article());
  std::string b = put(dir, "b.txt", article());
  const std::vector<std::vector<std::string>> cases = {
      {"--no-such-option", a},
      {"-Z", a},
      {"--format", "pdf", a},
      {"--format", "", a},
      {"--format"},
      {a, b},
      {"-o", dir + "/x.md", "--out-dir", dir + "/out", a},
      {"--min-words", "beaucoup", a},
      {"--min-words", "", a},
  };
  for (const auto& args : cases) {
    std::string joined;
    for (const auto& s : args) joined += "[" + s + "] ";
    RunResult r = run_cli(args);
    EXPECT_EQ(r.status, 2) << joined << "\n" << r.err;
    EXPECT_TRUE(r.out.empty()) << joined;
    EXPECT_FALSE(r.err.empty()) << joined;
  }
  EXPECT_FALSE(fs::exists(dir + "/out")) << "a usage error must not create the output directory";
}

TEST(CliTest, NegativeMinWordsIsUsageError) {
  // Was a bug until fdba397: boost::program_options read "-5" into
  // std::size_t by wrapping around, so `--min-words=-5` exited 0 with
  // "min_words": 18446744073709551611.
  std::string a = put(temp_dir("negmin"), "a.txt", article());
  for (const char* arg : {"--min-words=-5", "--min-words=-1", "--min-words=99999999999999999999999"}) {
    RunResult r = run_cli({arg, a});
    EXPECT_EQ(r.status, 2) << arg << "\n" << r.out;
    EXPECT_TRUE(r.out.empty()) << arg;
  }
}

// ---------------------------------------------------------------------------
// Standard input

// The article without its provenance, which names the input and gives byte
// ranges of the input as read (so it differs between a file and standard
// input, or between encodings of the same text).
std::string article_only(const std::string& out) {
  if (out.empty() || out[0] != '{') return out;
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(out);
  j.erase("provenance");
  return j.dump(2);
}

TEST(CliTest, StandardInputGivesSameArticleAsFile) {
  const std::string text = read_file(example("02-greve-sncf.txt"));
  for (const std::string& format : kFormats) {
    RunResult from_file = run_cli({"--format", format, example("02-greve-sncf.txt")});
    ASSERT_EQ(from_file.status, 0) << from_file.err;
    RunResult no_arg = run_cli({"--format", format}, text);
    EXPECT_EQ(no_arg.status, 0) << no_arg.err;
    EXPECT_EQ(article_only(no_arg.out), article_only(from_file.out)) << format;
    RunResult dash = run_cli({"--format", format, "-"}, text);
    EXPECT_EQ(dash.status, 0) << dash.err;
    EXPECT_EQ(article_only(dash.out), article_only(from_file.out)) << format;
  }
  RunResult empty = run_cli({}, "");
  EXPECT_EQ(empty.status, 4);
  EXPECT_TRUE(empty.out.empty());
}

TEST(CliTest, LineEndingsBomUtf16AndNfdGiveTheSameArticle) {
  const std::string text = read_file(example("02-greve-sncf.txt"));
  std::string dir = temp_dir("encodings");
  RunResult base = run_cli({"--format", "json", example("02-greve-sncf.txt")});
  ASSERT_EQ(base.status, 0);
  std::string crlf;
  for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  const icu::UnicodeString u16 = icu::UnicodeString::fromUTF8(text);
  std::string utf16le = "\xFF\xFE";
  for (int32_t i = 0; i < u16.length(); ++i) {
    const char16_t c = u16.charAt(i);
    utf16le += static_cast<char>(c & 0xFF);
    utf16le += static_cast<char>(c >> 8);
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  ASSERT_TRUE(U_SUCCESS(status));
  std::string decomposed;
  nfd->normalize(icu::UnicodeString::fromUTF8(text), status).toUTF8String(decomposed);
  ASSERT_TRUE(U_SUCCESS(status));
  ASSERT_NE(decomposed, text);
  const std::map<std::string, std::string> variants = {
      {"crlf.txt", crlf}, {"bom.txt", "\xEF\xBB\xBF" + text}, {"utf16le.txt", utf16le}, {"nfd.txt", decomposed}};
  for (const auto& [name, content] : variants) {
    RunResult r = run_cli({"--format", "json", put(dir, name, content)});
    EXPECT_EQ(r.status, 0) << name << ": " << r.err;
    EXPECT_EQ(article_only(r.out), article_only(base.out)) << name;
  }
}

// ---------------------------------------------------------------------------
// --merge

TEST(CliTest, MergeWritesOneArticleFromSeveralInputs) {
  const std::string dir = "data/examples/multi/usine-papier/";
  RunResult r = run_cli({"--merge", "--format", "json", source_path(dir + "la-depeche-du-comminges.txt"),
                         source_path(dir + "occitanie-eco.txt")});
  ASSERT_EQ(r.status, 0) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["sources"].size(), 2u);
  EXPECT_GT(j["provenance"].size(), 3u);
  for (const auto& p : j["provenance"]) EXPECT_FALSE(p["origins"].empty()) << p["where"];
  RunResult p = run_cli({"--merge", "--primary", source_path(dir + "occitanie-eco.txt"), "--format", "json",
                         source_path(dir + "la-depeche-du-comminges.txt"), source_path(dir + "occitanie-eco.txt")});
  ASSERT_EQ(p.status, 0) << p.err;
  EXPECT_NE(nlohmann::json::parse(p.out)["sources"][0]["name"].get<std::string>().find("occitanie-eco"),
            std::string::npos);
  EXPECT_EQ(run_cli({"--primary", "x.txt", "a.txt"}).status, 2);
  EXPECT_EQ(run_cli({"--merge", "--stories", "list.txt"}).status, 2);  // needs --out-dir
}

TEST(CliTest, MergeStoriesWritesOneArticlePerLine) {
  std::string dir = temp_dir("stories");
  RunResult r = run_cli({"--merge", "--stories", source_path("data/examples/multi/stories.txt"), "--out-dir", dir});
  ASSERT_EQ(r.status, 0) << r.err;
  for (const char* name : {"alpes-info.md", "la-depeche-du-comminges.md", "ouest-littoral.md"})
    EXPECT_TRUE(std::filesystem::exists(dir + "/" + name)) << name;
}

// ---------------------------------------------------------------------------
// --out-dir and -o

TEST(CliTest, OutDirWritesOneFilePerInputForEveryFormat) {
  const std::vector<std::string> inputs = {example("01-inondations-gard.txt"), example("04-football-entraineur.txt"),
                                           example("06-reforme-retraites.txt")};
  const std::map<std::string, std::string> ext = {{"markdown", "md"}, {"html", "html"}, {"json", "json"}, {"text", "txt"}};
  for (const std::string& format : kFormats) {
    SCOPED_TRACE(format);
    std::string out = temp_dir("outdir") + "/articles";  // created by the tool
    std::vector<std::string> args = {"--format", format, "--out-dir", out};
    args.insert(args.end(), inputs.begin(), inputs.end());
    RunResult r = run_cli(args);
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(r.out.empty());
    std::set<std::string> written;
    for (const auto& e : fs::directory_iterator(out)) written.insert(e.path().filename().string());
    std::set<std::string> expected;
    for (const std::string& in : inputs) expected.insert(fs::path(in).stem().string() + "." + ext.at(format));
    EXPECT_EQ(written, expected);
    for (const std::string& in : inputs) {
      std::string single = temp_dir("single") + "/one." + ext.at(format);
      RunResult s = run_cli({"--format", format, "-o", single, in});
      ASSERT_EQ(s.status, 0) << s.err;
      EXPECT_TRUE(s.out.empty());
      std::string name = out + "/" + fs::path(in).stem().string() + "." + ext.at(format);
      ASSERT_TRUE(fs::exists(name)) << name;
      EXPECT_EQ(read_file(name), read_file(single)) << name;
      EXPECT_FALSE(read_file(name).empty());
    }
  }
}

TEST(CliTest, OutDirSameBasenameInDifferentDirectoriesGetsDistinctNames) {
  std::string dir = temp_dir("samebase");
  std::string a = put(dir, "a/article.txt", read_file(example("01-inondations-gard.txt")));
  std::string b = put(dir, "b/article.txt", read_file(example("05-incendie-grece.txt")));
  std::string out = dir + "/out";
  RunResult r = run_cli({"--format", "json", "--out-dir", out, a, b});
  ASSERT_EQ(r.status, 0) << r.err;
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(out)) files.push_back(e.path().string());
  ASSERT_EQ(files.size(), 2u);
  std::set<std::string> contents;
  for (const std::string& f : files) {
    EXPECT_EQ(fs::path(f).extension(), ".json");
    contents.insert(read_file(f));
  }
  std::set<std::string> expected = {run_cli({"--format", "json", a}).out, run_cli({"--format", "json", b}).out};
  EXPECT_EQ(contents, expected);
}

TEST(CliTest, OutDirGeneratedNameDoesNotOverwriteAnotherInput) {
  // Was a bug until fdba397: the second "x.txt" was named "x-2.md" without
  // checking that another input is itself called "x-2.txt", so `--out-dir out
  // a/x.txt b/x.txt c/x-2.txt` wrote only two files and exited 0.
  std::string dir = temp_dir("collide");
  std::string a = put(dir, "a/x.txt", read_file(example("01-inondations-gard.txt")));
  std::string b = put(dir, "b/x.txt", read_file(example("02-greve-sncf.txt")));
  std::string c = put(dir, "c/x-2.txt", read_file(example("04-football-entraineur.txt")));
  std::string out = dir + "/out";
  RunResult r = run_cli({"--out-dir", out, a, b, c});
  ASSERT_EQ(r.status, 0) << r.err;
  std::set<std::string> contents;
  std::size_t n = 0;
  for (const auto& e : fs::directory_iterator(out)) {
    ++n;
    contents.insert(read_file(e.path().string()));
  }
  EXPECT_EQ(n, 3u);
  EXPECT_EQ(contents, (std::set<std::string>{run_cli({a}).out, run_cli({b}).out, run_cli({c}).out}));
}

TEST(CliTest, OutDirWritesGoodInputsAndFailsForBadOne) {
  std::string dir = temp_dir("partial");
  std::string good1 = put(dir, "in/good1.txt", read_file(example("03-canicule-occitanie.txt")));
  std::string empty = put(dir, "in/empty.txt", "");
  std::string missing = dir + "/in/missing.txt";
  std::string good2 = put(dir, "in/good2.txt", read_file(example("07-archeologie-bretagne.txt")));
  for (const std::string& bad : {empty, missing}) {
    SCOPED_TRACE(bad);
    std::string out = temp_dir("partial-out");
    RunResult r = run_cli({"--format", "html", "--out-dir", out, good1, bad, good2});
    EXPECT_NE(r.status, 0);
    EXPECT_EQ(r.status, bad == empty ? 4 : 3);
    EXPECT_NE(r.err.find(bad), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
    EXPECT_TRUE(fs::exists(out + "/good1.html"));
    EXPECT_TRUE(fs::exists(out + "/good2.html"));
    EXPECT_FALSE(fs::exists(out + "/" + fs::path(bad).stem().string() + ".html"));
    EXPECT_EQ(read_file(out + "/good1.html"), run_cli({"--format", "html", good1}).out);
    EXPECT_EQ(read_file(out + "/good2.html"), run_cli({"--format", "html", good2}).out);
  }
}

TEST(CliTest, OutDirThatIsAFileIsUnreadableStatus) {
  std::string dir = temp_dir("outdirfile");
  std::string file = put(dir, "not-a-dir", "x");
  std::string in = put(dir, "in.txt", article());
  RunResult r = run_cli({"--out-dir", file, in});
  EXPECT_EQ(r.status, 3) << r.err;
}

TEST(CliTest, OutputFileOptionWritesFileAndNothingOnStdout) {
  std::string dir = temp_dir("output");
  for (const std::string& format : kFormats) {
    std::string out = dir + "/article." + format;
    RunResult r = run_cli({"--format", format, "-o", out, example("08-licenciements-usine-nord.txt")});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_EQ(read_file(out), run_cli({"--format", format, example("08-licenciements-usine-nord.txt")}).out);
    RunResult long_opt = run_cli({"--format", format, "--output", out + ".2", example("08-licenciements-usine-nord.txt")});
    EXPECT_EQ(long_opt.status, 0);
    EXPECT_EQ(read_file(out + ".2"), read_file(out));
  }
}

// ---------------------------------------------------------------------------
// Output formats

TEST(CliTest, JsonOutputHasEveryContractField) {
  std::vector<std::string> inputs = titraille::testing::example_files();
  inputs.push_back(put(temp_dir("json"), "rennes.txt", article()));
  for (const std::string& in : inputs) {
    RunResult r = run_cli({"--format", "json", in});
    ASSERT_EQ(r.status, 0) << in << ": " << r.err;
    EXPECT_TRUE(r.err.empty()) << r.err;
    json j = parse_json(r.out);
    expect_contract(j, in);
  }
}

TEST(CliTest, HtmlOutputIsAWellFormedPage) {
  std::vector<std::string> inputs = titraille::testing::example_files();
  inputs.push_back(put(temp_dir("html"), "rennes.txt", article()));
  for (const std::string& in : inputs) {
    SCOPED_TRACE(in);
    RunResult r = run_cli({"--format", "html", in});
    ASSERT_EQ(r.status, 0) << r.err;
    json j = parse_json(run_cli({"--format", "json", in}).out);
    EXPECT_EQ(r.out.rfind("<!DOCTYPE html>", 0), 0u) << r.out.substr(0, 100);
    pugi::xml_document doc;
    pugi::xml_parse_result parsed = doc.load_string(r.out.c_str());
    ASSERT_TRUE(parsed) << parsed.description() << " at " << parsed.offset;
    ASSERT_TRUE(doc.child("html"));
    EXPECT_STREQ(doc.child("html").attribute("lang").as_string(), "fr");
    pugi::xpath_node_set titles = doc.select_nodes("//title");
    ASSERT_EQ(titles.size(), 1u);
    EXPECT_EQ(std::string(titles.first().node().child_value()), j["title"].get<std::string>());
    pugi::xpath_node_set descriptions = doc.select_nodes("//meta[@name='description']");
    ASSERT_EQ(descriptions.size(), 1u);
    EXPECT_EQ(std::string(descriptions.first().node().attribute("content").as_string()),
              j["meta_description"].get<std::string>());
    pugi::xpath_node_set h1 = doc.select_nodes("//h1");
    ASSERT_EQ(h1.size(), 1u);
    EXPECT_EQ(std::string(h1.first().node().child_value()), j["h1"].get<std::string>());
    pugi::xpath_node_set scripts = doc.select_nodes("//script[@type='application/ld+json']");
    ASSERT_EQ(scripts.size(), 1u);
    std::string ld_text = scripts.first().node().child_value();
    EXPECT_EQ(ld_text.find('<'), std::string::npos) << ld_text;
    json ld = json::parse(ld_text, nullptr, false);
    ASSERT_FALSE(ld.is_discarded()) << ld_text;
    EXPECT_EQ(ld["@type"], "NewsArticle");
    EXPECT_EQ(ld["headline"], j["title"]);
    EXPECT_EQ(ld["description"], j["meta_description"]);
    // As many h2 as sections with a heading.
    std::size_t headed = 0;
    for (const json& s : j["sections"]) headed += s["heading"].is_string();
    EXPECT_EQ(doc.select_nodes("//h2").size(), headed);
  }
}

namespace {
const std::vector<std::string> kMarkupArticle = {
    "Rennes : le laboratoire de R&D de la ville ouvre ses portes au public",
    "Le laboratoire de R&D de la métropole de Rennes a ouvert ses portes samedi au public, qui a pu découvrir les "
    "projets menés par les chercheurs depuis trois ans. Plusieurs centaines de visiteurs se sont pressés devant les "
    "stands installés dans le hall principal.",
    "Un ingénieur a expliqué aux enfants que la balise <b> sert à mettre un texte en gras sur une page web, avant de "
    "montrer une règle simple de mathématiques : si x > y et y > z, alors x > z. Les familles ont aussi pu tester des "
    "robots conçus par les étudiants de l’école d’ingénieurs.",
    "Le directeur du centre, qui parle d’un \"laboratoire ouvert\", souhaite renouveler l’expérience chaque année. La "
    "prochaine journée portes ouvertes est prévue au printemps, avec des ateliers consacrés à l’intelligence "
    "artificielle et à la robotique.",
};

std::string markup_article() {
  std::string s;
  for (const std::string& l : kMarkupArticle) s += l + "\n";
  return s;
}

void collect_text(pugi::xml_node n, std::string& out) {
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
    else collect_text(c, out);
  }
}
}  // namespace

TEST(CliTest, HtmlEscapesMarkupCharactersOfTheText) {
  std::string in = put(temp_dir("escape"), "markup.txt", markup_article());
  RunResult r = run_cli({"--format", "html", in});
  ASSERT_EQ(r.status, 0) << r.err;
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_string(r.out.c_str());
  ASSERT_TRUE(parsed) << parsed.description() << " at " << parsed.offset << "\n" << r.out;
  EXPECT_TRUE(doc.select_nodes("//b").empty()) << "the text's <b> became an element:\n" << r.out;
  std::string body_text;
  collect_text(doc.child("html").child("body"), body_text);
  body_text = plain_spaces(body_text);
  EXPECT_NE(body_text.find("<b>"), std::string::npos) << body_text;
  EXPECT_NE(body_text.find("R&D"), std::string::npos) << body_text;
  EXPECT_NE(body_text.find("x > y"), std::string::npos) << body_text;
  EXPECT_EQ(r.out.find("<b>"), std::string::npos);
  EXPECT_EQ(r.out.find("R&D"), std::string::npos) << "a raw & in the HTML";
  // The JSON-LD block holds no raw markup character either.
  pugi::xpath_node_set scripts = doc.select_nodes("//script[@type='application/ld+json']");
  ASSERT_EQ(scripts.size(), 1u);
  std::string ld = scripts.first().node().child_value();
  EXPECT_EQ(ld.find_first_of("<>&"), std::string::npos) << ld;
  EXPECT_FALSE(json::parse(ld, nullptr, false).is_discarded());

  // Markdown escapes it too; JSON and text keep the characters as text.
  RunResult md = run_cli({"--format", "markdown", in});
  ASSERT_EQ(md.status, 0);
  EXPECT_EQ(md.out.find("<b>"), std::string::npos) << md.out;
  json j = parse_json(run_cli({"--format", "json", in}).out);
  EXPECT_TRUE(body_contains(j, "<b>"));
  EXPECT_TRUE(body_contains(j, "R&D"));
}

TEST(CliTest, TitleKeepsAcronymWithAmpersandIntact) {
  // Regression (fixed; src/title.cpp recase()): the title and h1 were re-cased from the forms
  // words have in the body, keyed by the token's lower-case form; the elided
  // article "d’" has lower form "d", so the "D" of "R&D" is replaced by "d’".
  // Input: the article of kMarkupArticle (headline "Rennes : le laboratoire de
  // R&D de la ville ouvre ses portes au public"): title "Rennes : le
  // laboratoire de R&d’ de la ville ouvre ses portes", h1 the same + " au
  // public".
  std::string in = put(temp_dir("acronym"), "markup.txt", markup_article());
  json j = parse_json(run_cli({"--format", "json", in}).out);
  for (const char* key : {"title", "h1"}) {
    std::string s = j[key].get<std::string>();
    EXPECT_EQ(s.find("R&d"), std::string::npos) << key << ": " << s;
    if (s.find("R&") != std::string::npos) {
      EXPECT_NE(s.find("R&D"), std::string::npos) << key << ": " << s;
    }
  }
}

// ---------------------------------------------------------------------------
// --explain

TEST(CliTest, ExplainReportsEveryInputLineOnStderr) {
  for (const std::string& in : {example("01-inondations-gard.txt"), example("05-incendie-grece.txt")}) {
    SCOPED_TRACE(in);
    RunResult plain = run_cli({"--format", "json", in});
    RunResult r = run_cli({"--format", "json", "--explain", in});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, plain.out) << "--explain changed the article";
    // Input lines with text.
    std::vector<int> text_lines;
    std::istringstream input(read_file(in));
    std::string line;
    for (int n = 1; std::getline(input, line); ++n)
      if (line.find_first_not_of(" \t\r") != std::string::npos) text_lines.push_back(n);
    // Report lines: "line N: kept: …", "line N: removed […]", "line N: title
    // […]" (the whole line), "line N: removed part […]" (a piece of it).
    std::map<int, std::vector<std::string>> reported;
    std::regex decision("^line ([0-9]+): (.*)$");
    std::istringstream err(r.err);
    while (std::getline(err, line)) {
      std::smatch m;
      if (std::regex_match(line, m, decision)) reported[std::stoi(m[1])].push_back(m[2]);
    }
    for (int n : text_lines) {
      auto it = reported.find(n);
      ASSERT_NE(it, reported.end()) << "nothing reported for input line " << n << "\n" << r.err;
      std::size_t whole = 0;
      for (const std::string& what : it->second) {
        EXPECT_TRUE(what.rfind("kept", 0) == 0 || what.rfind("removed", 0) == 0 || what.rfind("title", 0) == 0)
            << "line " << n << ": " << what;
        if (what.rfind("removed part", 0) != 0) ++whole;
      }
      EXPECT_LE(whole, 1u) << "line " << n << " has several decisions";
    }
    for (const auto& [n, _] : reported)
      EXPECT_TRUE(std::count(text_lines.begin(), text_lines.end(), n)) << "report for a blank/missing line " << n;
  }
}

TEST(CliTest, ExplainReportsAWholePromptLineAsRemoved) {
  // Was a bug until fdba397: a line that is entirely a pasted instruction
  // (src/directives.cpp drops it from doc.blocks) was reported only as
  // "line 1: removed part [prompt] …", as if the rest of the line were kept.
  for (const auto& [file, n] : std::vector<std::pair<std::string, int>>{
           {"05-incendie-grece.txt", 1}, {"02-greve-sncf.txt", 3}, {"08-licenciements-usine-nord.txt", 2}}) {
    RunResult r = run_cli({"--explain", example(file)});
    ASSERT_EQ(r.status, 0);
    const std::string prefix = "line " + std::to_string(n) + ": ";
    EXPECT_NE(r.err.find("\n" + prefix + "removed [prompt]"), std::string::npos) << file << "\n" << r.err;
    EXPECT_EQ(r.err.find("\n" + prefix + "removed part"), std::string::npos) << file;
  }
}

// ---------------------------------------------------------------------------
// Options

TEST(CliTest, KeyphraseOptionSetsKeyphrase) {
  std::string in = put(temp_dir("kp"), "rennes.txt", article());
  for (const std::string& kp : {std::string("rénovation des écoles"), std::string("conseil municipal")}) {
    RunResult r = run_cli({"--format", "json", "--keyphrase", kp, in});
    ASSERT_EQ(r.status, 0) << r.err;
    json j = parse_json(r.out);
    EXPECT_EQ(j["keyphrase"], kp);
    RunResult s = run_cli({"--format", "json", "-k", kp, in});
    EXPECT_EQ(s.out, r.out);
  }
}

TEST(CliTest, EmptyKeyphraseOptionIsRejectedOrIgnored) {
  // Was a bug until fdba397: `--keyphrase ""` exited 0 with an empty
  // keyphrase, title, h1 and slug. A usage error or an ignored option are both
  // fine; an article breaking the contract is not.
  std::string in = put(temp_dir("kp-empty"), "rennes.txt", article());
  for (const char* kp : {"", "   "}) {
    RunResult r = run_cli({"--format", "json", "--keyphrase", kp, in});
    if (r.status == 2) {
      EXPECT_TRUE(r.out.empty());
      continue;
    }
    ASSERT_EQ(r.status, 0) << r.err;
    expect_contract(parse_json(r.out), std::string("--keyphrase '") + kp + "'");
  }
}

TEST(CliTest, MinWordsOptionWarnsAndFailsTextLengthCheck) {
  RunResult r = run_cli({"--format", "json", "--min-words", "5000", example("01-inondations-gard.txt")});
  ASSERT_EQ(r.status, 0) << r.err;
  json j = parse_json(r.out);
  EXPECT_EQ(j["settings"]["min_words"], 5000);
  bool warned = false;
  for (const json& w : j["warnings"])
    if (w.get<std::string>().find("5000") != std::string::npos) warned = true;
  EXPECT_TRUE(warned) << j["warnings"].dump();
  const json* check = find_check(j, "text-length");
  ASSERT_NE(check, nullptr) << j["checks"].dump();
  EXPECT_EQ((*check)["status"], "bad");

  // The default minimum is met by this article: no such warning.
  json d = parse_json(run_cli({"--format", "json", example("01-inondations-gard.txt")}).out);
  EXPECT_LT(d["settings"]["min_words"].get<long long>(), d["words"].get<long long>());
  EXPECT_EQ((*find_check(d, "text-length"))["status"], "good");
}

TEST(CliTest, PastedMinimumDirectiveSetsMinWordsUnlessOverridden) {
  std::string dir = temp_dir("directive");
  std::string in = put(dir, "directive.txt", "create at least 700 words\n" + article());
  RunResult r = run_cli({"--format", "json", in});
  ASSERT_EQ(r.status, 0) << r.err;
  json j = parse_json(r.out);
  EXPECT_EQ(j["settings"]["min_words"], 700);
  EXPECT_FALSE(body_contains(j, "700 words"));
  EXPECT_FALSE(body_contains(j, "create at least"));
  EXPECT_EQ((*find_check(j, "text-length"))["status"], "bad");

  RunResult o = run_cli({"--format", "json", "--min-words", "120", in});
  ASSERT_EQ(o.status, 0) << o.err;
  json k = parse_json(o.out);
  EXPECT_EQ(k["settings"]["min_words"], 120);
  EXPECT_FALSE(body_contains(k, "create at least"));
  EXPECT_NE((*find_check(k, "text-length"))["status"], "bad");
}

TEST(CliTest, VersionPrintsNameAndDigest) {
  RunResult r = run_cli({"--version"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out.rfind("titraille ", 0), 0u) << r.out;
  EXPECT_TRUE(std::regex_search(r.out, std::regex("[0-9a-f]{12,}"))) << r.out;
  EXPECT_TRUE(r.err.empty());
}

TEST(CliTest, HelpMentionsExitCodesAndExamples) {
  for (const char* opt : {"--help", "-h"}) {
    RunResult r = run_cli({opt});
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("Usage"), std::string::npos);
    EXPECT_NE(r.out.find("Exit status"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Examples"), std::string::npos) << r.out;
    for (int code = 0; code <= 5; ++code)
      EXPECT_TRUE(std::regex_search(r.out, std::regex("\\n\\s+" + std::to_string(code) + "\\s+\\S")))
          << "exit status " << code << " not described";
    for (const char* option : {"--format", "--out-dir", "--explain", "--rules", "--repair-encoding", "--min-words",
                               "--keyphrase"})
      EXPECT_NE(r.out.find(option), std::string::npos) << option;
  }
}

// ---------------------------------------------------------------------------
// --rules

TEST(CliTest, RulesDirectoryReplacesARulesFile) {
  const std::string test_line = "Ceci est une ligne de test.";
  std::string dir = temp_dir("rules");
  // The test line inside the article, between two paragraphs.
  std::string text = kTitleLine + "\n" + kParagraphs[0] + "\n" + kParagraphs[1] + "\n" + test_line + "\n" +
                     kParagraphs[2] + "\n" + kParagraphs[3] + "\n";
  std::string in = put(dir, "article.txt", text);

  json before = parse_json(run_cli({"--format", "json", in}).out);
  ASSERT_TRUE(body_contains(before, test_line)) << "precondition: the built-in rules keep the line";

  std::string rules = read_file(source_path("rules/boilerplate.xml"));
  const std::string anchor = "<line id=\"advert\"";
  std::size_t at = rules.find(anchor);
  ASSERT_NE(at, std::string::npos);
  rules.insert(at, "<line id=\"test-line\" reason=\"boilerplate.ui\">\n    <pattern>ceci est une ligne de test\\.?</pattern>\n"
                   "  </line>\n  ");
  std::string rules_dir = dir + "/my-rules";
  put(rules_dir, "boilerplate.xml", rules);

  RunResult r = run_cli({"--format", "json", "--rules", rules_dir, in});
  ASSERT_EQ(r.status, 0) << r.err;
  json after = parse_json(r.out);
  EXPECT_FALSE(body_contains(after, test_line));
  bool listed = false;
  for (const json& rm : after["removed"])
    if (rm["text"] == test_line) listed = true;
  EXPECT_TRUE(listed) << after["removed"].dump(1);
  EXPECT_NE(before, after);

  RunResult v0 = run_cli({"--version"});
  RunResult v1 = run_cli({"--rules", rules_dir, "--version"});
  EXPECT_EQ(v1.status, 0);
  EXPECT_NE(v0.out, v1.out);
  // An unchanged copy keeps the digest.
  std::string same_dir = dir + "/same-rules";
  put(same_dir, "boilerplate.xml", read_file(source_path("rules/boilerplate.xml")));
  EXPECT_EQ(run_cli({"--rules", same_dir, "--version"}).out, v0.out);
  EXPECT_EQ(run_cli({"--format", "json", "--rules", same_dir, in}).out, run_cli({"--format", "json", in}).out);
}

TEST(CliTest, MalformedRulesFileIsRulesError) {
  std::string dir = temp_dir("badrules");
  std::string in = put(dir, "article.txt", article());
  const std::string rules = read_file(source_path("rules/boilerplate.xml"));

  std::string truncated = dir + "/truncated";
  put(truncated, "boilerplate.xml", rules.substr(0, rules.size() / 2));
  RunResult r = run_cli({"--rules", truncated, in});
  EXPECT_EQ(r.status, 5) << r.err;
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("boilerplate.xml"), std::string::npos) << r.err;

  std::string bad_regex = dir + "/regex";
  std::string broken = rules;
  std::size_t at = broken.find("<pattern>");
  ASSERT_NE(at, std::string::npos);
  broken = broken.substr(0, at + 9) + "(" + broken.substr(at + 9);
  put(bad_regex, "boilerplate.xml", broken);
  RunResult g = run_cli({"--rules", bad_regex, in});
  EXPECT_EQ(g.status, 5) << g.err;
  EXPECT_TRUE(g.out.empty());

  RunResult missing = run_cli({"--rules", dir + "/no-such-dir", in});
  EXPECT_EQ(missing.status, 3) << missing.err;
}

// ---------------------------------------------------------------------------
// Determinism

TEST(CliTest, SameInputGivesSameBytes) {
  for (const std::string& format : kFormats) {
    RunResult a = run_cli({"--format", format, example("06-reforme-retraites.txt")});
    RunResult b = run_cli({"--format", format, example("06-reforme-retraites.txt")});
    ASSERT_EQ(a.status, 0);
    EXPECT_EQ(a.out, b.out) << format;
  }
}

TEST(CliTest, OutputDoesNotDependOnLocaleOrTimeZone) {
  const std::vector<std::vector<std::string>> envs = {
      {"LC_ALL=C"},          {"LC_ALL=fr_FR.UTF-8"},     {"LC_ALL=C.UTF-8", "LANG=fr_FR.UTF-8"},
      {"TZ=Asia/Tokyo"},     {"TZ=America/New_York"},    {"TZ=Pacific/Kiritimati", "LC_ALL=fr_FR.UTF-8"},
  };
  for (const std::string& in : {example("01-inondations-gard.txt"), example("07-archeologie-bretagne.txt")}) {
    for (const std::string& format : kFormats) {
      RunResult base = run_cli({"--format", format, in}, "", {"TZ=UTC", "LC_ALL=C.UTF-8"});
      ASSERT_EQ(base.status, 0) << base.err;
      for (const auto& env : envs) {
        RunResult r = run_cli({"--format", format, in}, "", env);
        EXPECT_EQ(r.status, 0) << env.front();
        EXPECT_EQ(r.out, base.out) << format << " under " << env.front();
      }
    }
  }
}
