// Pages written like the pasted texts titraille meets, on topics and with
// kinds of noise the examples do not have (tests/data/unseen/NAME.txt), each
// with its expectations (NAME.expect), one per line:
//   absent: TEXT     nowhere in the article (title, h1, meta description,
//                    headings, paragraphs)
//   body: TEXT       in a paragraph or a heading of the body
//   title: TEXT      the SEO title
//   author: TEXT     the author the metadata found
//   no-source:       no outlet name found
//   customize-title: a directive asked for a new title
//   keyphrase-not-in-capitals:
//   keyphrase: TEXT  the focus keyphrase
//   heading-absent: TEXT  no generated heading ends with TEXT
// Every page must also be faithful (check_fidelity: no number or name that
// the page does not have), and no heading may say the keyphrase twice. Texts are compared with apostrophes as ' and every kind of space as one
// space, so that the typography stage does not hide a match.
#include <gtest/gtest.h>

#include <cctype>

#include <filesystem>
#include <sstream>

#include "fidelity.h"
#include "test_support.h"
#include "text.h"

namespace titraille {
namespace {

std::string norm(const std::string& s) { return testing::plain_typography(s); }

std::vector<std::string> unseen_names() {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(testing::source_path("tests/data/unseen")))
    if (e.path().extension() == ".txt") out.push_back(e.path().stem().string());
  std::sort(out.begin(), out.end());
  return out;
}

class UnseenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(UnseenTest, MeetsItsExpectations) {
  const std::string dir = testing::source_path("tests/data/unseen/");
  const std::string input = testing::read_file(dir + GetParam() + ".txt");
  const Document doc = testing::rewrite(input);
  // Every number and name of the article is in the page.
  EXPECT_EQ(check_fidelity(doc, {input}, testing::resources()), std::vector<std::string>{});
  // No heading says the keyphrase twice (« Banque de France : la Banque de France… »).
  const std::string kp = text::fold(doc.keyphrase);
  for (const Section& s : doc.sections)
    if (s.heading && !kp.empty()) {
      // (As a word: « Lait : le prix payé par les laiteries » says it once.)
      const std::string h = text::fold(*s.heading);
      auto letter = [&](std::size_t i) {
        const unsigned char c = static_cast<unsigned char>(h[i]);
        return c >= 0x80 || std::isalnum(c);
      };
      std::size_t times = 0;
      for (std::size_t at = h.find(kp); at != std::string::npos; at = h.find(kp, at + 1))
        times += (at == 0 || !letter(at - 1)) && (at + kp.size() == h.size() || !letter(at + kp.size()));
      EXPECT_LE(times, 1u) << *s.heading;
    }
  std::string body, all = doc.title + "\n" + doc.h1 + "\n" + doc.meta_description + "\n";
  for (const Section& s : doc.sections) {
    if (s.heading) body += *s.heading + "\n";
    for (const Paragraph& p : s.paragraphs) body += p.text + "\n";
  }
  all = norm(all + body);
  body = norm(body);

  std::istringstream expect(testing::read_file(dir + GetParam() + ".expect"));
  std::size_t checks = 0;
  for (std::string line; std::getline(expect, line);) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t colon = line.find(':');
    ASSERT_NE(colon, std::string::npos) << line;
    const std::string key = line.substr(0, colon);
    const std::string value = norm(std::string(text::trim(std::string_view(line).substr(colon + 1))));
    ++checks;
    if (key == "absent") EXPECT_EQ(all.find(value), std::string::npos) << "leaked: " << value;
    else if (key == "body") EXPECT_NE(body.find(value), std::string::npos) << "lost: " << value;
    else if (key == "title") EXPECT_EQ(norm(doc.title), value);
    else if (key == "author") EXPECT_EQ(doc.metadata.author.value_or(""), value);
    else if (key == "no-source") EXPECT_FALSE(doc.metadata.source) << *doc.metadata.source;
    else if (key == "customize-title") EXPECT_TRUE(doc.settings.customize_title);
    else if (key == "keyphrase-not-in-capitals") EXPECT_FALSE(text::is_all_caps(doc.keyphrase)) << doc.keyphrase;
    else if (key == "keyphrase") EXPECT_EQ(doc.keyphrase, value);
    else if (key == "heading-absent")
      for (const Section& sec : doc.sections)
        EXPECT_TRUE(!sec.heading || !norm(*sec.heading).ends_with(value)) << *sec.heading;
    else ADD_FAILURE() << "unknown expectation: " << line;
  }
  EXPECT_GT(checks, 3u);
}

INSTANTIATE_TEST_SUITE_P(Pages, UnseenTest, ::testing::ValuesIn(unseen_names()),
                         [](const ::testing::TestParamInfo<std::string>& p) {
                           std::string n = p.param;
                           for (char& c : n)
                             if (c == '-') c = '_';
                           return n;
                         });

}  // namespace
}  // namespace titraille
