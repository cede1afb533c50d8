#include "test_support.h"

#include <sys/wait.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string_view>
#include <system_error>
#include <vector>

#include "text.h"

namespace titraille::testing {

std::string source_path(const std::string& relative) { return std::string(TITRAILLE_SOURCE_DIR) + "/" + relative; }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  if (!out) throw std::runtime_error("cannot write " + path);
}

Engine& engine() {
  static Engine e;
  return e;
}

Resources& resources() {
  static Resources r(DataBundle::embedded());
  return r;
}

std::string plain_typography(std::string s) {
  for (auto [from, to] : {std::pair<std::string_view, std::string_view>{"\u2019", "'"},
                          {"\u00A0", " "}, {"\u202F", " "}, {"\u2009", " "}})
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
      s.replace(at, from.size(), to);
  return text::collapse_spaces(s);
}

std::string body_text(const Document& doc) {
  std::string body;
  for (const Section& s : doc.sections)
    for (const Paragraph& p : s.paragraphs) body += p.text + "\n";
  return body;
}

Document rewrite(const std::string& text, const Options& options) {
  return engine().rewrite(text, "test", options);
}

namespace {
std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}
}  // namespace

RunResult run_cli(const std::vector<std::string>& args, const std::string& stdin_text,
                  const std::vector<std::string>& env) {
  std::string dir = temp_dir("cli");
  write_file(dir + "/stdin", stdin_text);
  std::string cmd = "env";
  for (const std::string& e : env) cmd += " " + quote(e);
  cmd += " " + quote(TITRAILLE_BINARY);
  for (const std::string& a : args) cmd += " " + quote(a);
  cmd += " <" + quote(dir + "/stdin") + " >" + quote(dir + "/out") + " 2>" + quote(dir + "/err");
  int raw = std::system(cmd.c_str());
  RunResult r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = read_file(dir + "/out");
  r.err = read_file(dir + "/err");
  return r;
}

std::vector<std::string> example_files() {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(source_path("data/examples")))
    if (e.path().extension() == ".txt") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

const std::vector<std::string>& example_lines() {
  static const std::vector<std::string> lines = [] {
    std::vector<std::string> out;
    for (const std::string& f : example_files()) {
      const std::string content = read_file(f);
      for (std::string_view l : text::split_lines(content)) out.emplace_back(l);
    }
    return out;
  }();
  return lines;
}

std::vector<std::string> example_names() {
  std::vector<std::string> out;
  for (const std::string& f : example_files()) out.push_back(std::filesystem::path(f).stem().string());
  return out;
}

std::string param_name(const std::string& name) {
  std::string n = name;
  for (char& c : n)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return n;
}

namespace {

// The directories temp_dir() made, removed when the test process ends (ctest
// runs each test in its own process), so runs do not pile up in /tmp.
struct TempDirs {
  std::vector<std::filesystem::path> made;
  ~TempDirs() {
    std::error_code ec;
    for (const auto& d : made) std::filesystem::remove_all(d, ec);
  }
};

TempDirs& temp_dirs() {
  static TempDirs dirs;
  return dirs;
}

}  // namespace

std::string temp_dir(const std::string& name) {
  static int counter = 0;
  std::filesystem::path base = std::filesystem::temp_directory_path() /
                               ("titraille-test-" + std::to_string(::getpid()) + "-" + name + "-" + std::to_string(++counter));
  std::filesystem::remove_all(base);
  std::filesystem::create_directories(base);
  temp_dirs().made.push_back(base);
  return base.string();
}

}  // namespace titraille::testing
