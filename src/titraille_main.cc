// titraille: the command-line tool. It parses options and calls the library.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include "titraille/render.h"
#include "titraille/titraille.h"

namespace po = boost::program_options;
namespace fs = std::filesystem;
using titraille::Error;
using titraille::ExitCode;

namespace {

constexpr const char* kUsage = R"(Usage: titraille [options] [FILE...]

Turns French news text pasted from web pages (with menus, ads, teasers,
chatbot instructions...) into an SEO article: title, meta description, slug,
focus keyphrase, and the cleaned body in sections under subheadings, with a
report of SEO checks. Reads standard input when no FILE is given (or FILE is
"-"). Deterministic and offline: the same input, rules and version give the
same bytes.
)";

constexpr const char* kEpilog = R"(
Examples:
  titraille article.txt                      Markdown with YAML front matter
  titraille --format html -o page.html article.txt
  pbpaste | titraille --format json          read standard input
  titraille --out-dir out/ --format html a.txt b.txt c.txt
  titraille --explain article.txt > /dev/null   why each line was kept or removed
  titraille --rules my-rules/ article.txt    replace some rules/*.xml files

Exit status:
  0  success
  1  internal error (a bug)
  2  usage error (bad option or option value)
  3  an input, rules or output file could not be read or written
  4  unusable input: binary data, invalid UTF-8 (the message gives the byte
     offset; see --repair-encoding), empty input, or no article text left
  5  a rules or lexicon file is malformed
)";

struct Job {
  std::string input;  // path or "-"
  std::string output;  // path or "" for standard output
};

std::string read_input(const std::string& path) {
  if (path == "-") {
    std::ostringstream s;
    s << std::cin.rdbuf();
    if (std::cin.bad()) throw Error(ExitCode::kUnreadable, "standard input: read error");
    return s.str();
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) throw Error(ExitCode::kUnreadable, path + ": is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ExitCode::kUnreadable, path + ": cannot open (" + std::generic_category().message(errno) + ")");
  std::ostringstream s;
  s << in.rdbuf();
  if (in.bad()) throw Error(ExitCode::kUnreadable, path + ": read error");
  return s.str();
}

void write_output(const std::string& path, const std::string& content) {
  if (path.empty()) {
    std::cout << content;
    std::cout.flush();
    if (!std::cout) throw Error(ExitCode::kUnreadable, "standard output: write error");
    return;
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw Error(ExitCode::kUnreadable, path + ": cannot write");
  out << content;
  out.close();
  if (!out) throw Error(ExitCode::kUnreadable, path + ": write error");
}

int run(int argc, char** argv) {
  po::options_description visible("Options");
  std::string format_name = "markdown";
  visible.add_options()
      ("help,h", "show this help and exit")
      ("version", "print the version and the digest of the rules and lexicon in use (the built-in ones, or "
                  "with --rules/--lexicon the replaced ones), and exit")
      ("format,f", po::value<std::string>(&format_name)->default_value("markdown"),
       "output format: markdown (YAML front matter + body), html (a complete HTML5 page), json "
       "(see CONTRACT.md), text")
      ("output,o", po::value<std::string>(), "write the article to this file instead of standard output")
      ("out-dir", po::value<std::string>(),
       "with several inputs: write one article per input into this directory, named after the input "
       "(article.txt -> article.md)")
      ("keyphrase,k", po::value<std::string>(), "use this focus keyphrase instead of choosing one")
      ("min-words", po::value<long long>(),
       "minimum body length to check against (overrides a pasted \"at least N words\"); default from "
       "rules/checks.xml (300)")
      ("explain", "print to standard error why each input line was removed or kept, and where each "
                  "generated line came from")
      ("rules", po::value<std::string>(), "read rules/*.xml files from this directory; each replaces the built-in "
                                          "file of the same name")
      ("lexicon", po::value<std::string>(), "read lexicon/*.txt files from this directory, same way")
      ("repair-encoding", "read bytes that are not valid UTF-8 as Windows-1252 instead of failing");
  po::options_description hidden;
  hidden.add_options()("input", po::value<std::vector<std::string>>(), "input files");
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("input", -1);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "titraille: " << e.what() << "\nTry 'titraille --help'.\n";
    return static_cast<int>(ExitCode::kUsage);
  }
  if (vm.count("help")) {
    std::cout << kUsage << "\n" << visible << kEpilog;
    return 0;
  }
  auto format = titraille::parse_format(format_name);
  if (!format) {
    std::cerr << "titraille: unknown format '" << format_name << "' (markdown, html, json or text)\n";
    return static_cast<int>(ExitCode::kUsage);
  }
  std::optional<fs::path> rules_dir, lexicon_dir;
  if (vm.count("rules")) rules_dir = vm["rules"].as<std::string>();
  if (vm.count("lexicon")) lexicon_dir = vm["lexicon"].as<std::string>();
  titraille::Engine engine(rules_dir, lexicon_dir);
  titraille::RenderInfo info{titraille::Engine::version(), engine.rules_digest()};
  if (vm.count("version")) {
    std::cout << info.generator << "\nrules and lexicon: " << info.rules_digest << "\n";
    return 0;
  }

  std::vector<std::string> inputs;
  if (vm.count("input")) inputs = vm["input"].as<std::vector<std::string>>();
  if (inputs.empty()) inputs.push_back("-");
  titraille::Options options;
  if (vm.count("keyphrase")) {
    std::string k = vm["keyphrase"].as<std::string>();
    std::size_t b = k.find_first_not_of(" \t"), e = k.find_last_not_of(" \t");
    options.keyphrase = b == std::string::npos ? "" : k.substr(b, e - b + 1);
    if (options.keyphrase->empty()) {
      std::cerr << "titraille: --keyphrase must not be empty\n";
      return static_cast<int>(ExitCode::kUsage);
    }
  }
  if (vm.count("min-words")) {
    long long n = vm["min-words"].as<long long>();
    if (n < 0 || n > 1000000) {
      std::cerr << "titraille: --min-words must be between 0 and 1000000\n";
      return static_cast<int>(ExitCode::kUsage);
    }
    options.min_words = static_cast<std::size_t>(n);
  }
  options.repair_encoding = vm.count("repair-encoding") > 0;
  const bool explain = vm.count("explain") > 0;

  std::vector<Job> jobs;
  if (vm.count("out-dir")) {
    if (vm.count("output")) {
      std::cerr << "titraille: --output and --out-dir cannot be used together\n";
      return static_cast<int>(ExitCode::kUsage);
    }
    fs::path dir = vm["out-dir"].as<std::string>();
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir)) {
      std::cerr << "titraille: " << dir.string() << ": cannot create the output directory\n";
      return static_cast<int>(ExitCode::kUnreadable);
    }
    // Names from the inputs' names; a name already given gets -2, -3…
    std::set<std::string> taken;
    const std::string ext = "." + std::string(titraille::extension(*format));
    for (const std::string& in : inputs) {
      std::string stem = in == "-" ? "stdin" : fs::path(in).stem().string();
      if (stem.empty()) stem = "article";
      std::string name = stem + ext;
      for (int n = 2; taken.count(name); ++n) name = stem + "-" + std::to_string(n) + ext;
      taken.insert(name);
      jobs.push_back({in, (dir / name).string()});
    }
  } else {
    if (inputs.size() > 1) {
      std::cerr << "titraille: several inputs need --out-dir DIR (one article per input)\n";
      return static_cast<int>(ExitCode::kUsage);
    }
    jobs.push_back({inputs.front(), vm.count("output") ? vm["output"].as<std::string>() : ""});
  }

  int status = 0;
  for (const Job& job : jobs) {
    try {
      std::string name = job.input == "-" ? "standard input" : job.input;
      titraille::Document doc = engine.rewrite(read_input(job.input), name, options);
      if (explain) std::cerr << titraille::explain(doc);
      write_output(job.output, titraille::render(doc, *format, info));
    } catch (const Error& e) {
      std::cerr << "titraille: " << e.what() << "\n";
      if (explain && !e.detail().empty()) std::cerr << e.detail();
      if (status == 0) status = static_cast<int>(e.code());
    }
  }
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  try {
    return run(argc, argv);
  } catch (const Error& e) {
    std::cerr << "titraille: " << e.what() << "\n";
    return static_cast<int>(e.code());
  } catch (const std::exception& e) {
    std::cerr << "titraille: internal error: " << e.what() << "\n";
    return static_cast<int>(ExitCode::kInternal);
  }
}
