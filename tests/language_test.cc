#include "language.h"

#include <gtest/gtest.h>

#include "boilerplate.h"
#include "test_support.h"

namespace titraille {
namespace {

LanguageGuess identify(const std::string& line) {
  Resources& res = testing::resources();
  return res.language.identify(line, res.tokenizer);
}

// Every line must be identified as `code`; at least 20 lines per language.
void expect_language(const std::string& code, const std::vector<std::string>& lines) {
  ASSERT_GE(lines.size(), 20u) << code;
  for (const std::string& line : lines) {
    LanguageGuess g = identify(line);
    EXPECT_EQ(g.code, code) << "\"" << line << "\" (french=" << g.french << " best=" << g.best
                            << " foreign=" << g.foreign << ")";
  }
}

TEST(LanguageTest, EnglishInterfaceStrings) {
  expect_language("en", {"Read more", "Read more »", "Loading...", "Sign in", "Log in", "Sign up for our newsletter",
                         "Subscribe now", "Share this article", "Leave a comment", "Accept all cookies",
                         "Privacy policy", "Terms of use", "Contact us", "Follow us on social media", "Most popular",
                         "Show more", "Load more stories", "Back to top", "Skip to content", "Search this site",
                         "Manage your preferences", "You may also like", "Already have an account?",
                         "Forgot your password?", "Read More"});
}

// A word no list holds that ends as only French words do (« -ée », « -ées »)
// is French.
TEST(LanguageTest, FrenchEndingsMakeAnUnlistedWordFrench) {
  EXPECT_EQ(identify("Une zone réglementée élargie").french, 2u);
  EXPECT_EQ(identify("Des parcelles inondées").french, 2u);
}

TEST(LanguageTest, SpanishInterfaceStrings) {
  expect_language("es", {"Leer más", "Leer más »", "Cargando...", "Iniciar sesión", "Suscríbete a nuestro boletín",
                         "Compartir en Facebook", "Deja un comentario", "Aceptar todas las cookies",
                         "Política de privacidad", "Aviso legal", "Términos y condiciones", "Contáctanos",
                         "Síguenos en redes sociales", "Lo más leído", "Ver más noticias", "Volver arriba",
                         "Buscar en el sitio", "Noticias relacionadas", "¿Olvidaste tu contraseña?", "Crear una cuenta",
                         "Todos los derechos reservados", "Más información"});
}

TEST(LanguageTest, PortugueseInterfaceStrings) {
  expect_language("pt", {"Leia mais", "Leia mais »", "Carregando...", "Entrar na sua conta", "Assine a nossa newsletter",
                         "Compartilhar no WhatsApp", "Deixe um comentário", "Aceitar todos os cookies",
                         "Política de privacidade", "Termos de uso", "Fale conosco", "Siga-nos nas redes sociais",
                         "Mais lidas", "Ver mais notícias", "Voltar ao topo", "Pesquisar no site",
                         "Notícias relacionadas", "Esqueceu a sua senha?", "Criar uma conta",
                         "Todos os direitos reservados", "Saiba mais", "Continue lendo"});
}

TEST(LanguageTest, ItalianInterfaceStrings) {
  expect_language("it", {"Continua a leggere", "Leggi di più", "Caricamento in corso...", "Accedi al tuo account",
                         "Iscriviti alla nostra newsletter", "Condividi su Facebook", "Lascia un commento",
                         "Accetta tutti i cookie", "Informativa sulla privacy", "Termini e condizioni", "Contattaci",
                         "Seguici sui social", "I più letti", "Mostra altri articoli", "Torna all’inizio",
                         "Cerca nel sito", "Articoli correlati", "Hai dimenticato la password?", "Crea un account",
                         "Tutti i diritti riservati", "Leggi anche", "Ultime notizie"});
}

TEST(LanguageTest, GermanInterfaceStrings) {
  expect_language("de", {"Weiterlesen", "Mehr lesen", "Wird geladen...", "Anmelden", "Newsletter abonnieren",
                         "Auf Facebook teilen", "Kommentar schreiben", "Alle Cookies akzeptieren",
                         "Datenschutzerklärung", "Nutzungsbedingungen", "Kontakt aufnehmen", "Folgen Sie uns",
                         "Meistgelesen", "Mehr Nachrichten anzeigen", "Nach oben", "Website durchsuchen",
                         "Ähnliche Artikel", "Passwort vergessen?", "Konto erstellen", "Alle Rechte vorbehalten",
                         "Zum Inhalt springen", "Jetzt registrieren"});
}

TEST(LanguageTest, DutchInterfaceStrings) {
  expect_language("nl", {"Lees meer", "Lees verder", "Bezig met laden...", "Inloggen",
                         "Schrijf je in voor onze nieuwsbrief", "Delen op Facebook", "Plaats een reactie",
                         "Alle cookies accepteren", "Privacybeleid", "Algemene voorwaarden", "Neem contact met ons op",
                         "Volg ons op sociale media", "Meest gelezen", "Meer nieuws tonen", "Terug naar boven",
                         "Zoeken op de site", "Gerelateerde artikelen", "Wachtwoord vergeten?", "Account aanmaken",
                         "Alle rechten voorbehouden", "Ga naar de inhoud", "Abonneer nu"});
}

TEST(LanguageTest, IndonesianAndMalayInterfaceStrings) {
  expect_language("id", {"Baca lebih lanjut »", "Baca selengkapnya", "Memuat...", "Masuk ke akun Anda",
                         "Berlangganan buletin kami", "Bagikan ke Facebook", "Tinggalkan komentar",
                         "Terima semua cookie", "Kebijakan privasi", "Syarat dan ketentuan", "Hubungi kami",
                         "Ikuti kami di media sosial", "Paling banyak dibaca", "Tampilkan lebih banyak",
                         "Kembali ke atas", "Cari di situs ini", "Berita terkait", "Lupa kata sandi?", "Buat akun baru",
                         "Hak cipta dilindungi undang-undang", "Berita terkini hari ini", "Klik di sini", "Baca juga",
                         "Baca lagi"});
}

TEST(LanguageTest, TurkishInterfaceStrings) {
  expect_language("tr", {"Devamını oku", "Daha fazla göster", "Yükleniyor...", "Giriş yap", "Bültenimize abone olun",
                         "Facebook’ta paylaş", "Yorum yap", "Tüm çerezleri kabul et", "Gizlilik politikası",
                         "Kullanım koşulları", "Bize ulaşın", "Bizi takip edin", "En çok okunanlar",
                         "Daha fazla haber", "Başa dön", "Sitede ara", "Benzer haberler", "Şifrenizi mi unuttunuz?",
                         "Hesap oluştur", "Tüm hakları saklıdır", "Son dakika haberleri", "Üye ol"});
}

TEST(LanguageTest, ArabicScriptInterfaceStrings) {
  expect_language("ar", {"اقرأ المزيد", "اقرأ المزيد »", "جاري التحميل...", "تسجيل الدخول", "اشترك الآن",
                         "اشترك في النشرة الإخبارية", "شارك المقال", "أضف تعليقا", "قبول جميع ملفات تعريف الارتباط",
                         "سياسة الخصوصية", "شروط الاستخدام", "اتصل بنا", "تابعنا على وسائل التواصل", "الأكثر قراءة",
                         "عرض المزيد", "العودة إلى الأعلى", "بحث في الموقع", "أخبار ذات صلة", "هل نسيت كلمة المرور؟",
                         "إنشاء حساب", "جميع الحقوق محفوظة", "الرئيسية"});
}

TEST(LanguageTest, FrenchInterfaceStringsAndShortLines) {
  expect_language("fr", {"Lire la suite", "Voir plus", "Se connecter", "S’abonner à la newsletter",
                         "Partager sur Facebook", "Laisser un commentaire", "Accepter tous les cookies",
                         "Politique de confidentialité", "Mentions légales", "Nous contacter",
                         "Suivez-nous sur les réseaux sociaux", "Les plus lus", "Retour en haut de page",
                         "Rechercher sur le site", "Articles similaires", "Mot de passe oublié ?", "Créer un compte",
                         "Tous droits réservés", "Chargement en cours", "La réunion a duré trois heures.",
                         "Le maire n’a pas souhaité réagir.", "Les secours sont arrivés vers midi.",
                         "Une enquête a été ouverte.", "Le procès reprendra lundi.",
                         "Selon la préfecture, deux personnes ont été blessées.", "Il faudra attendre la fin du mois."});
}

TEST(LanguageTest, FrenchSentencesWithForeignNamesAndQuotes) {
  std::vector<std::string> lines = {
      "Le président Recep Tayyip Erdogan a rencontré Joe Biden à New York",
      "Le président Recep Tayyip Erdoğan a rencontré Joe Biden à New York.",
      "« We are ready », a-t-il déclaré.",
      "Selon The New York Times, la rencontre aurait eu lieu en secret.",
      "Le club a recruté Vinícius da Silva pour trois saisons.",
      "L’entraîneur Carlo Ancelotti a salué « una grande partita » de ses joueurs.",
      "Le festival Día de los Muertos attire des milliers de visiteurs.",
      "Les manifestants scandaient « Black Lives Matter » devant l’ambassade.",
      "Le ministre turc Mevlüt Çavuşoğlu s’est exprimé devant la presse.",
      "Le groupe néerlandais a publié un communiqué intitulé « Samen sterker ».",
      "Il a cité la devise « In God We Trust » lors de son discours.",
      "Le parti Podemos et le PSOE de Pedro Sánchez ont trouvé un accord.",
      "Joko Widodo a quitté la présidence de l’Indonésie.",
      "Le slogan « Make America Great Again » a refait surface pendant la campagne.",
      "Le mot « سلام » signifie paix en arabe.",
      "Angela Merkel a reçu le prix à Düsseldorf.",
  };
  ASSERT_GE(lines.size(), 10u);
  for (const std::string& line : lines) EXPECT_EQ(identify(line).code, "fr") << line;
}

TEST(LanguageTest, OtherScripts) {
  EXPECT_EQ(identify("Читать далее").code, "ru");
  EXPECT_EQ(identify("Διαβάστε περισσότερα").code, "el");
  EXPECT_TRUE(identify("קרא עוד").by_script);
}

TEST(LanguageTest, NamesAloneHaveNoLanguage) {
  EXPECT_EQ(identify("Joe Biden").code, "");
  EXPECT_EQ(identify("Will Smith").code, "");
  EXPECT_EQ(identify("12 345").code, "");
}

TEST(LanguageTest, CountsWordsAndEvidence) {
  LanguageGuess g = identify("Anda juga dapat membaca berita ini");
  EXPECT_EQ(g.code, "id");
  EXPECT_EQ(g.words, 6u);
  EXPECT_EQ(g.french, 0u);
  EXPECT_GE(g.foreign, 5u);
  EXPECT_FALSE(g.by_script);
}

TEST(LanguageTest, ForeignLineInsideAnArticleIsRemovedWithItsLanguage) {
  const std::string p1 =
      "La municipalité a voté mardi un budget en hausse pour la rénovation des écoles, après un long débat entre la "
      "majorité et l’opposition.";
  const std::string p2 =
      "Les travaux commenceront au printemps et devraient durer deux ans, selon l’adjoint chargé de l’éducation.";
  const std::string p3 =
      "« We are ready », a déclaré en anglais le maire de la ville jumelée, invité à la séance du conseil.";
  const std::string foreign = "Suscríbete a nuestro boletín";
  Document doc = testing::rewrite(p1 + "\n" + foreign + "\n" + p2 + "\n" + p3 + "\n");
  bool removed = false;
  for (const Removed& r : doc.removed)
    if (r.text == foreign) {
      removed = true;
      EXPECT_EQ(r.reason, "boilerplate.foreign");
      EXPECT_NE(r.rule.find("language es"), std::string::npos) << r.rule;
    }
  EXPECT_TRUE(removed);
  bool quote_kept = false;
  for (const Section& s : doc.sections)
    for (const Paragraph& p : s.paragraphs)
      if (p.text.find("We are ready") != std::string::npos) quote_kept = true;
  EXPECT_TRUE(quote_kept);
}

TEST(LanguageTest, UnknownScriptOrLettersWithoutListAreRuleErrors) {
  const std::string rules = testing::read_file(testing::source_path("rules/language.xml"));
  const std::vector<std::pair<std::string, std::string>> edits = {
      {"<script name=\"Arabic\" code=\"ar\"/>", "<script name=\"Klingon\" code=\"tlh\"/>"},
      {"<letters lang=\"de\">", "<letters lang=\"xx\">"},
  };
  for (const auto& [from, to] : edits) {
    std::string broken = rules;
    std::size_t at = broken.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    broken.replace(at, from.size(), to);
    std::string dir = testing::temp_dir("language-rules");
    testing::write_file(dir + "/language.xml", broken);
    try {
      Engine engine(dir, std::nullopt);
      ADD_FAILURE() << "no error for " << to;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ExitCode::kRules) << e.what();
    }
  }
}

TEST(LanguageTest, ExplainNamesTheScript) {
  const std::string p1 =
      "La municipalité a voté mardi un budget en hausse pour la rénovation des écoles, après un long débat entre la "
      "majorité et l’opposition.";
  const std::string p2 =
      "Les travaux commenceront au printemps et devraient durer deux ans, selon l’adjoint chargé de l’éducation.";
  Document doc = testing::rewrite(p1 + "\nاقرأ المزيد عن الموضوع\n" + p2 + "\n");
  bool found = false;
  for (const Removed& r : doc.removed)
    if (r.text == "اقرأ المزيد عن الموضوع") {
      found = true;
      EXPECT_EQ(r.reason, "boilerplate.foreign");
      EXPECT_EQ(r.rule.rfind("features: language ar by script (", 0), 0u) << r.rule;
    }
  EXPECT_TRUE(found);
}

// A cache shared by the lines of a page gives each line the guess it gets
// alone, also when its words were first seen in a line of another language.
TEST(LanguageTest, CachedLookupsGiveTheSameGuesses) {
  Resources& res = testing::resources();
  const std::vector<std::string> lines = {
      "Lire la suite de l’article", "Read more about this story", "Leer más noticias sobre España",
      "Baca lebih lanjut", "Der Bürgermeister hat heute die Straße eröffnet", "Leia mais sobre a eleição",
      "Continua a leggere più tardi", "Devamını oku şimdi", "Читать далее", "Le maire a dit « Read more » hier",
      "Jean Dupont et Maria Rossi", "La fête de la musique aura lieu demain à Paris"};
  LanguageId::Cache cache;
  for (int pass = 0; pass < 2; ++pass)
    for (const std::string& line : lines) {
      std::vector<Sentence> sentences = res.tokenizer.sentences(line);
      LanguageGuess alone = res.language.identify(sentences);
      LanguageGuess cached = res.language.identify(sentences, &cache);
      EXPECT_EQ(cached.code, alone.code) << line;
      EXPECT_EQ(cached.best, alone.best) << line;
      EXPECT_EQ(cached.words, alone.words) << line;
      EXPECT_EQ(cached.french, alone.french) << line;
      EXPECT_EQ(cached.foreign, alone.foreign) << line;
      EXPECT_EQ(cached.by_script, alone.by_script) << line;
    }
  EXPECT_FALSE(cache.empty());
}

}  // namespace
}  // namespace titraille
