// titraille: the command-line tool. It parses options and calls the library.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
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
  titraille --merge a.txt b.txt c.txt        one article from three versions of a story
  titraille --merge --primary b.txt a.txt b.txt   b.txt sets the order and angle
  titraille --merge --stories list.txt --out-dir out/   one article per line of list.txt

Exit status:
  0  success
  1  internal error (a bug)
  2  usage error (bad option or option value)
  3  an input, rules or output file could not be read or written
  4  unusable input: binary data, invalid UTF-8 (the message gives the byte
     offset; see --repair-encoding), empty input, or no article text left
  5  a rules or lexicon file is malformed
)";

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

struct Job {
  std::vector<std::string> inputs;  // paths or "-"; several for a merge
  std::string output;               // path or "" for standard output
  std::size_t primary = 0;          // index in inputs of the merge's primary
};

// A --stories file: one story per line, its files separated by spaces or tabs,
// relative to the list file's directory; empty lines and lines starting with
// '#' are skipped.
std::vector<std::vector<std::string>> read_stories(const std::string& path) {
  std::string content = read_input(path);
  fs::path base = fs::path(path).parent_path();
  std::vector<std::vector<std::string>> out;
  std::istringstream lines(content);
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::istringstream words(line);
    std::vector<std::string> files;
    std::string w;
    while (words >> w) {
      if (files.empty() && w[0] == '#') break;
      files.push_back(fs::path(w).is_absolute() || w == "-" ? w : (base / w).string());
    }
    if (!files.empty()) out.push_back(std::move(files));
  }
  return out;
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
      ("repair-encoding", "read bytes that are not valid UTF-8 as Windows-1252 instead of failing")
      ("merge", "merge all inputs, versions of one story by different outlets, into one article: new facts "
                "of the others woven into the first (or --primary), restatements dropped, contradictions kept "
                "and listed in warnings")
      ("primary", po::value<std::string>(), "with --merge: the input that sets the article's order and angle "
                                            "(added to the inputs if not among them)")
      ("stories", po::value<std::string>(), "with --merge and --out-dir: a file listing one story per line (its "
                                            "files separated by spaces, relative to the list's directory); one "
                                            "article per story, named after its first file");
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
  // Never destroyed: the process ends after the last job (see main), and
  // freeing the rules, word lists and compiled patterns would only cost time.
  titraille::Engine& engine = *new titraille::Engine(rules_dir, lexicon_dir);
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

  const bool merge = vm.count("merge") > 0;
  if (!merge && (vm.count("primary") || vm.count("stories"))) {
    std::cerr << "titraille: --primary and --stories need --merge\n";
    return static_cast<int>(ExitCode::kUsage);
  }
  // What to build: one job per input, or per merged story.
  std::vector<Job> jobs;
  if (merge && vm.count("stories")) {
    if (vm.count("input")) {
      std::cerr << "titraille: --stories takes the files from the list, not from the command line\n";
      return static_cast<int>(ExitCode::kUsage);
    }
    if (vm.count("primary")) {
      std::cerr << "titraille: --primary cannot be used with --stories (the first file of each line is its primary)\n";
      return static_cast<int>(ExitCode::kUsage);
    }
    if (!vm.count("out-dir")) {
      std::cerr << "titraille: --stories needs --out-dir DIR (one article per story)\n";
      return static_cast<int>(ExitCode::kUsage);
    }
    try {
      for (auto& files : read_stories(vm["stories"].as<std::string>())) jobs.push_back({std::move(files), "", 0});
    } catch (const Error& e) {
      std::cerr << "titraille: " << e.what() << "\n";
      return static_cast<int>(e.code());
    }
  } else if (merge) {
    Job job{inputs, "", 0};
    if (vm.count("primary")) {
      std::string p = vm["primary"].as<std::string>();
      auto it = std::find(job.inputs.begin(), job.inputs.end(), p);
      if (it == job.inputs.end()) {
        if (!vm.count("input")) job.inputs.clear();
        job.inputs.insert(job.inputs.begin(), p);
        it = job.inputs.begin();
      }
      job.primary = static_cast<std::size_t>(it - job.inputs.begin());
    }
    jobs.push_back(std::move(job));
  } else {
    for (const std::string& in : inputs) jobs.push_back({{in}, "", 0});
  }

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
    // Names from the inputs' names (a merge: its primary's); a name already
    // given gets -2, -3…
    std::set<std::string> taken;
    const std::string ext = "." + std::string(titraille::extension(*format));
    for (Job& job : jobs) {
      const std::string& in = job.inputs[job.primary];
      std::string stem = in == "-" ? "stdin" : fs::path(in).stem().string();
      if (stem.empty()) stem = "article";
      std::string name = stem + ext;
      for (int n = 2; taken.count(name); ++n) name = stem + "-" + std::to_string(n) + ext;
      taken.insert(name);
      job.output = (dir / name).string();
    }
  } else {
    if (jobs.size() > 1) {
      std::cerr << "titraille: several inputs need --out-dir DIR (one article per input)\n";
      return static_cast<int>(ExitCode::kUsage);
    }
    jobs.front().output = vm.count("output") ? vm["output"].as<std::string>() : "";
  }

  int status = 0;
  for (const Job& job : jobs) {
    try {
      titraille::Document doc;
      if (merge) {
        std::vector<titraille::MergeInput> ins;
        for (const std::string& in : job.inputs)
          ins.push_back({read_input(in), in == "-" ? "standard input" : in});
        doc = engine.merge(std::move(ins), options, job.primary);
      } else {
        const std::string& in = job.inputs.front();
        doc = engine.rewrite(read_input(in), in == "-" ? "standard input" : in, options);
      }
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
  int status = 0;
  try {
    status = run(argc, argv);
  } catch (const Error& e) {
    std::cerr << "titraille: " << e.what() << "\n";
    status = static_cast<int>(e.code());
  } catch (const std::exception& e) {
    std::cerr << "titraille: internal error: " << e.what() << "\n";
    status = static_cast<int>(ExitCode::kInternal);
  }
  // Every output file is closed by now; standard output is flushed here, and
  // the process ends without running the destructors of static objects (the
  // process-wide pattern index): they would free memory the system reclaims.
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  std::_Exit(status);
}
