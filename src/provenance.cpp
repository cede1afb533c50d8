#include "provenance.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_map>

#include "resources.h"
#include "text.h"

namespace titraille {
namespace {

// The tokens of each sentence of a single input's Source, in order: those
// segment made (Tokenizer::sentences gives every Sentence the tokens of its
// text), so that they need not be made again.
using SentenceTokens = std::vector<const std::vector<Token>*>;
// The content words and numbers of a sentence, sorted, each once.
using Words = std::vector<std::string>;

class Locator {
 public:
  // `known`: the tokens of sources[0]'s sentences when known (a single input).
  Locator(const std::vector<Source>& sources, Resources& res, const SentenceTokens* known = nullptr)
      : sources_(sources), res_(res), stop_(res.lexicon.list("fr/stopwords")) {
    for (std::size_t i = 0; i < sources.size(); ++i) {
      std::vector<std::size_t> starts = {0};
      const std::string& in = sources[i].input;
      for (std::size_t k = 0; k < in.size(); ++k)
        if (in[k] == '\n') starts.push_back(k + 1);
      line_starts_.push_back(std::move(starts));
      for (std::size_t n = 0; n < sources[i].sentences.size(); ++n) {
        const SourceSentence& s = sources[i].sentences[n];
        keys_.push_back({i, &s, i == 0 && known ? keys(*(*known)[n]) : keys(s.text)});
        for (const std::string& w : keys_.back().words) {
          std::vector<std::size_t>& post = postings_[w];
          if (post.size() < kMaxPostings) post.push_back(keys_.size() - 1);
        }
        by_text_[s.text].push_back({i, s.line});
      }
    }
  }

  // Looked up by its text among the inputs' sentences, then in the bytes of
  // its input line (and the few after it, for hard-wrapped lines).
  std::vector<Origin> sentence(const std::string& t) const {
    std::vector<Origin> out;
    auto it = by_text_.find(t);
    if (it != by_text_.end()) {
      for (auto [i, l] : it->second) {
        const std::string& in = sources_[i].input;
        std::size_t from = line_starts_[i][std::min<std::size_t>(static_cast<std::size_t>(std::max(l, 1)) - 1,
                                                                line_starts_[i].size() - 1)];
        std::string_view window = std::string_view(in).substr(from, t.size() + 4096);
        std::size_t at = window.find(t);
        if (at != std::string_view::npos)
          out.push_back({static_cast<int>(i), line_of(i, from + at), from + at, from + at + t.size(), true});
        else
          out.push_back(line(i, l));
      }
      return out;
    }
    // A piece of a sentence (a split one): only on inputs of ordinary size.
    if (keys_.size() > kMaxScan) return out;
    for (std::size_t i = 0; i < sources_.size(); ++i)
      for (const SourceSentence& s : sources_[i].sentences)
        if (t.size() > 20 && s.text.find(t) != std::string::npos) return {line(i, s.line)};
    return out;
  }

  static constexpr std::size_t kMaxScan = 5000;
  bool small() const { return keys_.size() <= kMaxScan; }

  // Sentences holding the content words and numbers of a generated line.
  std::vector<Origin> support(const std::string& t) const {
    std::vector<Origin> direct = sentence(t);
    if (!direct.empty()) return direct;
    Words want = keys(t);
    std::vector<Origin> out;
    while (!want.empty()) {
      const Key* best = nullptr;
      std::size_t gain = 0;
      std::vector<std::size_t> candidates;  // sorted, each once
      for (const std::string& w : want) {
        auto p = postings_.find(w);
        if (p != postings_.end()) candidates.insert(candidates.end(), p->second.begin(), p->second.end());
      }
      std::sort(candidates.begin(), candidates.end());
      candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
      for (std::size_t c : candidates) {
        const Key& k = keys_[c];
        std::size_t g = 0;
        for (const std::string& w : want) g += std::binary_search(k.words.begin(), k.words.end(), w);
        if (g > gain) {
          gain = g;
          best = &k;
        }
      }
      if (!best) break;
      std::erase_if(want, [&](const std::string& w) { return std::binary_search(best->words.begin(), best->words.end(), w); });
      std::vector<Origin> o = sentence(best->sentence->text);
      if (o.empty()) o.push_back(line(best->input, best->sentence->line));
      out.push_back(o.front());
    }
    return out;
  }

 private:
  struct Key {
    std::size_t input;
    const SourceSentence* sentence;
    Words words;
  };
  const std::vector<Source>& sources_;
  Resources& res_;
  const WordList& stop_;
  std::vector<std::vector<std::size_t>> line_starts_;
  std::vector<Key> keys_;
  std::unordered_map<std::string, std::vector<std::pair<std::size_t, int>>> by_text_;
  // Sentences holding each word (the first kMaxPostings of them).
  std::unordered_map<std::string, std::vector<std::size_t>> postings_;
  static constexpr std::size_t kMaxPostings = 64;

  Words keys(const std::string& t) const { return keys(res_.tokenizer.tokens(t)); }
  Words keys(const std::vector<Token>& tokens) const {
    Words out;
    for (const Token& tok : tokens) {
      if (tok.kind == TokenKind::Number) out.push_back(tok.text);
      else if (tok.kind == TokenKind::Word && !tok.elided && text::length(tok.lower) >= 3 && !stop_.contains(tok.lower))
        out.push_back(text::fold_ascii(tok.lower));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }
  int line_of(std::size_t input, std::size_t at) const {
    const auto& s = line_starts_[input];
    return static_cast<int>(std::upper_bound(s.begin(), s.end(), at) - s.begin());
  }
  Origin line(std::size_t input, int line) const {
    const auto& s = line_starts_[input];
    std::size_t l = static_cast<std::size_t>(std::max(line, 1)) - 1;
    if (l >= s.size()) return {static_cast<int>(input), line, 0, 0, false};
    std::size_t end = l + 1 < s.size() ? s[l + 1] - 1 : sources_[input].input.size();
    return {static_cast<int>(input), line, s[l], end, false};
  }
};

void add_unique(std::vector<Origin>& to, const std::vector<Origin>& from) {
  for (const Origin& o : from)
    if (std::none_of(to.begin(), to.end(), [&](const Origin& x) {
          return x.input == o.input && x.begin == o.begin && x.end == o.end;
        }))
      to.push_back(o);
}

// source_of(doc), and the tokens of its sentences in `tokens` when given.
Source source_with_tokens(const Document& doc, SentenceTokens* tokens) {
  Source s;
  s.name = doc.name;
  s.input = doc.input;
  s.outlet = doc.metadata.source;
  s.title = doc.metadata.original_title;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::Article) s.words += b.words();
    if (b.kind == BlockKind::Article || b.kind == BlockKind::Heading || b.kind == BlockKind::Title)
      for (const Sentence& x : b.sentences) {
        s.sentences.push_back({x.text, b.line});
        if (tokens) tokens->push_back(&x.tokens);
      }
  }
  return s;
}

}  // namespace

Source source_of(const Document& doc) { return source_with_tokens(doc, nullptr); }

Document provenance(Document doc, Resources& res) {
  std::vector<Source> single;
  SentenceTokens tokens;
  if (doc.sources.empty()) single.push_back(source_with_tokens(doc, &tokens));
  const std::vector<Source>& sources = doc.sources.empty() ? single : doc.sources;
  Locator loc(sources, res, doc.sources.empty() ? &tokens : nullptr);
  doc.provenance.clear();
  doc.provenance.push_back({"title", "title", doc.title, loc.support(doc.title)});
  doc.provenance.push_back({"h1", "h1", doc.h1, loc.support(doc.h1)});
  doc.provenance.push_back({"meta_description", "meta_description", doc.meta_description,
                            loc.support(doc.meta_description)});
  for (std::size_t i = 0; i < doc.sections.size(); ++i) {
    const Section& s = doc.sections[i];
    std::string at = "sections[" + std::to_string(i) + "]";
    if (s.heading) {
      std::vector<Origin> o;
      if (!s.heading_source.empty()) add_unique(o, loc.sentence(s.heading_source));
      if (o.empty()) add_unique(o, loc.support(*s.heading));
      doc.provenance.push_back({"heading", at + ".heading", *s.heading, o});
    }
    for (std::size_t k = 0; k < s.paragraphs.size(); ++k) {
      std::vector<Origin> o;
      for (const Sentence& x : s.paragraphs[k].sentences) {
        std::vector<Origin> found = loc.sentence(x.text);
        if (found.empty() && loc.small()) found = loc.support(x.text);
        add_unique(o, found);
      }
      doc.provenance.push_back({"paragraph", at + ".paragraphs[" + std::to_string(k) + "]", s.paragraphs[k].text, o});
    }
  }
  for (std::size_t i = 0; i < doc.info_blocks.size(); ++i)
    for (std::size_t k = 0; k < doc.info_blocks[i].items.size(); ++k) {
      const std::string& t = doc.info_blocks[i].items[k];
      doc.provenance.push_back(
          {"item", "blocks[" + std::to_string(i) + "].items[" + std::to_string(k) + "]", t, loc.support(t)});
    }
  return doc;
}

}  // namespace titraille
