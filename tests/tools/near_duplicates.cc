// Measures the near-duplicate sentence pairs (src/similarity.h) of a merged
// article, per threshold, and prints the pairs at or above --show; then the
// fidelity property and the share of output items with a provenance.
//   near_duplicates [--show T] FILE...   (the files are merged as by titraille --merge)
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "fidelity.h"
#include "resources.h"
#include "similarity.h"
#include "titraille/titraille.h"

int main(int argc, char** argv) {
  using namespace titraille;
  double show = 0.5;
  std::vector<MergeInput> inputs;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--show" && i + 1 < argc) {
      show = std::stod(argv[++i]);
      continue;
    }
    std::ifstream in(a, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    inputs.push_back({s.str(), a});
  }
  Engine engine;
  Document doc = engine.merge(inputs, Options{});
  Resources res(DataBundle::embedded());
  std::vector<const Sentence*> sentences;
  std::vector<FactSignature> sigs;
  for (const Section& sec : doc.sections)
    for (const Paragraph& p : sec.paragraphs)
      for (const Sentence& s : p.sentences) {
        sentences.push_back(&s);
        sigs.push_back(signature(s, res.stemmer, res.lexicon.list("fr/stopwords")));
      }
  std::printf("body words %zu, sentences %zu\n", doc.words(), sentences.size());
  for (double t : {0.3, 0.4, 0.5, 0.6, 0.7, 0.8})
    std::printf("threshold %.1f: %zu pairs\n", t, near_duplicate_pairs(sigs, t).size());
  // The same measure over every kept sentence of the inputs, before the merge:
  // pairs from two different inputs.
  std::vector<FactSignature> pool;
  std::vector<std::size_t> owner;
  for (std::size_t i = 0; i < doc.sources.size(); ++i)
    for (const SourceSentence& ss : doc.sources[i].sentences)
      for (const Sentence& x : res.tokenizer.sentences(ss.text)) {
        pool.push_back(signature(x, res.stemmer, res.lexicon.list("fr/stopwords")));
        owner.push_back(i);
      }
  std::printf("inputs before the merge: %zu sentences\n", pool.size());
  for (double t : {0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
    std::size_t cross = 0;
    for (auto [i, j] : near_duplicate_pairs(pool, t))
      if (owner[i] != owner[j]) ++cross;
    std::printf("threshold %.1f: %zu pairs across inputs\n", t, cross);
  }
  std::vector<std::string> texts;
  for (const MergeInput& in : inputs) texts.push_back(in.input);
  std::vector<std::string> unsupported = check_fidelity(doc, texts, res);
  std::printf("fidelity: %zu numbers or names of the article not found in an input\n", unsupported.size());
  for (const std::string& u : unsupported) std::printf("  %s\n", u.c_str());
  std::size_t items = doc.provenance.size(), traced = 0;
  for (const Provenance& p : doc.provenance)
    if (!p.origins.empty()) ++traced;
  std::printf("provenance: %zu of %zu output items traced to an input\n", traced, items);
  for (auto [i, j] : near_duplicate_pairs(sigs, show))
    std::printf("%.2f\n  %s\n  %s\n", similarity(sigs[i], sigs[j]), sentences[i]->text.c_str(),
                sentences[j]->text.c_str());
}
