// The translation machinery as a translator meets it: a .ts file turned into a .qm by lrelease is found, chosen and
// installed, and then the documents the program writes (notice, register, matrix) say what it says. The .ts here is
// written by the test, with markers rather than a real language, so nothing passes for a translation we ship.
#include "core/Translations.h"

#include "PdfText.h"
#include "TestSupport.h"
#include "domain/Fingerprint.h"
#include "formats/DemoRegister.h"
#include "formats/RegisterJsonReader.h"
#include "report/MatrixDocument.h"
#include "report/PrivacyNotice.h"
#include "report/RegisterPdf.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace ropa;

namespace {

const QString kNoticeSource = QStringLiteral("to allow us to enter into and perform our contract with you");
const QString kNoticeMarker = QStringLiteral("[cy] notice: contract");
const QString kRegisterSource = QStringLiteral("Record of Processing Activities");
const QString kRegisterMarker = QStringLiteral("[cy] register title");
const QString kMatrixSource = QStringLiteral("Legit. int.");
const QString kMatrixMarker = QStringLiteral("[cy] legit");

// A translation for Welsh (cy) of three strings the documents use, as a translator's .ts file would hold it.
QByteArray welshTs()
{
    const auto message = [](const QString& context, const QString& source, const QString& translation) {
        return QStringLiteral("<context><name>%1</name><message><source>%2</source><translation>%3</translation>"
                              "</message></context>\n")
            .arg(context, source.toHtmlEscaped(), translation.toHtmlEscaped());
    };
    const QString ts = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
                                      "<TS version=\"2.1\" language=\"cy\" sourcelanguage=\"en_GB\">\n") +
        message(QStringLiteral("ropa::report::PrivacyNotice"), kNoticeSource, kNoticeMarker) +
        message(QStringLiteral("ropa::report::RegisterHtml"), kRegisterSource, kRegisterMarker) +
        message(QStringLiteral("ropa::report::MatrixDocument"), kMatrixSource, kMatrixMarker) +
        QStringLiteral("</TS>\n");
    return ts.toUtf8();
}

report::DocumentInfo infoFor(const Register& reg)
{
    return {QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC), 7, Fingerprint::of(reg), false};
}

class TranslationsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_reg = formats::DemoRegister::load().value();
    }
    void TearDown() override
    {
        qunsetenv("ROPA_TRANSLATIONS_DIR");
        Translations::install(Translations::sourceLanguage());
    }

    // ropa_cy.qm made from welshTs() by lrelease, in a folder of its own; that folder's path.
    QString makeWelsh()
    {
        const QString ts = m_dir.filePath(QStringLiteral("ropa_cy.ts"));
        test::writeBytes(ts, welshTs());
        QProcess lrelease;
        lrelease.start(QStringLiteral(ROPA_LRELEASE_PATH),
                       {ts, QStringLiteral("-qm"), m_dir.filePath(QStringLiteral("ropa_cy.qm"))});
        EXPECT_TRUE(lrelease.waitForFinished(60000));
        EXPECT_EQ(lrelease.exitCode(), 0) << lrelease.readAllStandardError().toStdString();
        EXPECT_TRUE(QFile::exists(m_dir.filePath(QStringLiteral("ropa_cy.qm"))));
        return m_dir.path();
    }

    static void run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        process.start(program, arguments);
        EXPECT_TRUE(process.waitForFinished(120000));
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    }

    QString pdfText(const QByteArray& pdf)
    {
        const QString path = m_dir.filePath(QStringLiteral("out.pdf"));
        test::writeBytes(path, pdf);
        return test::pdfBodyText(path);
    }

    QTemporaryDir m_dir;
    Register m_reg;
};

} // namespace

TEST_F(TranslationsTest, EveryTsFileOfTheTranslationsFolderIsCompiledIn)
{
    QStringList inTree;
    for (const QString& file : QDir(QStringLiteral(ROPA_SOURCE_DIR "/translations"))
                                   .entryList({QStringLiteral("ropa_*.ts")}, QDir::Files, QDir::Name)) {
        inTree << file.mid(5, file.size() - 8);
    }
    ASSERT_TRUE(inTree.contains(QStringLiteral("en_GB")));
    EXPECT_EQ(Translations::available().join(QLatin1Char(' ')).toStdString(),
              inTree.join(QLatin1Char(' ')).toStdString());
}

TEST_F(TranslationsTest, ChoosesTheLanguageThenTheLanguageWithoutItsCountryThenBritishEnglish)
{
    qputenv("ROPA_TRANSLATIONS_DIR", QFile::encodeName(makeWelsh()));
    EXPECT_EQ(Translations::available().join(QLatin1Char(' ')).toStdString(), "cy en_GB");
    EXPECT_EQ(Translations::choose(QStringLiteral("cy")).toStdString(), "cy");
    EXPECT_EQ(Translations::choose(QStringLiteral("cy_GB")).toStdString(), "cy");
    EXPECT_EQ(Translations::choose(QStringLiteral("cy-GB")).toStdString(), "cy");
    EXPECT_EQ(Translations::choose(QStringLiteral("fr_FR")).toStdString(), "en_GB");
    EXPECT_EQ(Translations::choose(QStringLiteral("en_US")).toStdString(), "en_GB");
}

TEST_F(TranslationsTest, TheDocumentsAreWrittenInTheInstalledLanguageAndBackInEnglishAfter)
{
    qputenv("ROPA_TRANSLATIONS_DIR", QFile::encodeName(makeWelsh()));
    ASSERT_EQ(Translations::install(QStringLiteral("cy")), QStringLiteral("cy"));

    const report::PrivacyNotice notice(m_reg, infoFor(m_reg));
    EXPECT_TRUE(notice.text().contains(kNoticeMarker)) << notice.text().toStdString();
    EXPECT_FALSE(notice.text().contains(kNoticeSource));
    EXPECT_TRUE(pdfText(notice.pdf().value()).contains(kNoticeMarker));

    const QString registerPath = m_dir.filePath(QStringLiteral("register.pdf"));
    ASSERT_TRUE(report::RegisterPdf::write(m_reg, infoFor(m_reg), registerPath).ok());
    EXPECT_TRUE(test::pdfBodyText(registerPath).contains(kRegisterMarker));

    EXPECT_TRUE(QString::fromUtf8(report::MatrixDocument::html(m_reg)).contains(kMatrixMarker));

    ASSERT_EQ(Translations::install(QStringLiteral("en_GB")), QStringLiteral("en_GB"));
    const report::PrivacyNotice english(m_reg, infoFor(m_reg));
    EXPECT_TRUE(english.text().contains(kNoticeSource));
    EXPECT_FALSE(english.text().contains(kNoticeMarker));
    EXPECT_FALSE(QString::fromUtf8(report::MatrixDocument::html(m_reg)).contains(kMatrixMarker));
}

TEST_F(TranslationsTest, BritishEnglishPluralFormsStayBeneathAnotherLanguage)
{
    qputenv("ROPA_TRANSLATIONS_DIR", QFile::encodeName(makeWelsh()));
    const auto created = [] {
        return QCoreApplication::translate("AuditAction", "Created the register with %n activities", nullptr, 1);
    };
    ASSERT_EQ(Translations::install(QStringLiteral("cy")), QStringLiteral("cy"));
    EXPECT_EQ(created().toStdString(), "Created the register with 1 activity");
    Translations::install(QStringLiteral("en_GB"));
    EXPECT_EQ(created().toStdString(), "Created the register with 1 activity");
}

TEST_F(TranslationsTest, TheCommandLineWritesItsDocumentsInTheLanguageOfRopaLanguage)
{
    const QString translations = makeWelsh();
    const auto demo = [&](const QString& language, const QString& out) {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ROPA_TRANSLATIONS_DIR"), translations);
        env.insert(QStringLiteral("ROPA_LANGUAGE"), language);
        env.insert(QStringLiteral("ROPA_PASSPHRASE"), QStringLiteral("correct horse battery staple extra"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(ROPA_CLI_PATH), {QStringLiteral("demo"), QStringLiteral("--out"), out});
        EXPECT_TRUE(cli.waitForFinished(120000));
        EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
        return QString::fromUtf8(test::readBytes(out + QStringLiteral("/privacy-notice.txt")));
    };
    const QString welsh = demo(QStringLiteral("cy"), m_dir.filePath(QStringLiteral("cy")));
    EXPECT_TRUE(welsh.contains(kNoticeMarker)) << welsh.toStdString();
    EXPECT_TRUE(
        test::pdfBodyText(m_dir.filePath(QStringLiteral("cy/article-30-register.pdf"))).contains(kRegisterMarker));
    const QString english = demo(QStringLiteral("en_GB"), m_dir.filePath(QStringLiteral("en")));
    EXPECT_TRUE(english.contains(kNoticeSource));
    EXPECT_FALSE(english.contains(kNoticeMarker));
}

// As a translator makes a translation: lupdate over the program's sources (so every string sits in the context
// lupdate gives it, not one the test chose; with the include folders the build gives it), every string translated,
// lrelease. The strings come from tr() in class members and from the models' file-local Text::tr() alike.
TEST_F(TranslationsTest, ATranslationMadeWithLupdateReachesTheDocumentsAndTheMessages)
{
    const QString ts = m_dir.filePath(QStringLiteral("ropa_cy.ts"));
    run(QStringLiteral(ROPA_LUPDATE_PATH),
        {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
         QStringLiteral("none"), QStringLiteral("-target-language"), QStringLiteral("cy"),
         QStringLiteral("-I") + QStringLiteral(ROPA_SOURCE_DIR "/models"),
         QStringLiteral("-I") + QStringLiteral(ROPA_SOURCE_DIR "/ui"),
         QStringLiteral("-I") + QStringLiteral(ROPA_SOURCE_DIR "/app/cli"), QStringLiteral(ROPA_SOURCE_DIR "/models"),
         QStringLiteral(ROPA_SOURCE_DIR "/ui"), QStringLiteral(ROPA_SOURCE_DIR "/app"), QStringLiteral("-ts"), ts});
    QString text = QString::fromUtf8(test::readBytes(ts));
    // A Text::tr() lupdate could not place (say, inside a function it took for another class's member) is filed
    // under "Text", where the program never asks.
    EXPECT_FALSE(text.contains(QStringLiteral("<name>Text</name>")));
    static const QRegularExpression unfinished(
        QStringLiteral("<source>([^<]*)</source>(\\s*)<translation type=\"unfinished\"></translation>"));
    ASSERT_GT(text.count(unfinished), 1000);
    text.replace(unfinished, QStringLiteral("<source>\\1</source>\\2<translation>[cy] \\1</translation>"));
    test::writeBytes(ts, text.toUtf8());
    run(QStringLiteral(ROPA_LRELEASE_PATH), {ts, QStringLiteral("-qm"), m_dir.filePath(QStringLiteral("ropa_cy.qm"))});
    qputenv("ROPA_TRANSLATIONS_DIR", QFile::encodeName(m_dir.path()));
    ASSERT_EQ(Translations::install(QStringLiteral("cy")), QStringLiteral("cy"));

    const report::PrivacyNotice notice(m_reg, infoFor(m_reg));
    EXPECT_TRUE(notice.text().contains(QStringLiteral("[cy] ") + kNoticeSource)) << notice.text().toStdString();
    const QString registerPath = m_dir.filePath(QStringLiteral("register.pdf"));
    ASSERT_TRUE(report::RegisterPdf::write(m_reg, infoFor(m_reg), registerPath).ok());
    EXPECT_TRUE(test::pdfBodyText(registerPath).contains(QStringLiteral("[cy] ") + kRegisterSource));
    EXPECT_TRUE(
        QString::fromUtf8(report::MatrixDocument::html(m_reg)).contains(QStringLiteral("[cy] ") + kMatrixSource));
    // A message from inside a helper class (ropa::formats::Walker), which asks in the reader's context.
    const Result<Register> broken = formats::RegisterJsonReader::read("[]", QStringLiteral("broken.json"));
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().message.contains(QStringLiteral("[cy] "))) << broken.error().message.toStdString();
}

// The source is written with the plural ("%n activities"); only the en_GB file gives the singular, so a plural
// string it leaves unfinished shows "1 activities".
TEST_F(TranslationsTest, EveryPluralStringHasItsBritishEnglishForms)
{
    QFile ts(QStringLiteral(ROPA_SOURCE_DIR "/translations/ropa_en_GB.ts"));
    ASSERT_TRUE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QString source;
    bool plural = false;
    QStringList unfinished;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == QLatin1String("message")) {
            plural = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (plural && xml.name() == QLatin1String("translation") &&
                   xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished")) {
            unfinished << source;
        } else if (plural && xml.name() == QLatin1String("numerusform") && xml.readElementText().isEmpty()) {
            unfinished << source;
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_TRUE(unfinished.isEmpty()) << unfinished.join(QStringLiteral(" | ")).toStdString();
    Translations::install(QStringLiteral("en_GB"));
    EXPECT_EQ(QCoreApplication::translate("ropa::ui::MainWindow", "%n activities", nullptr, 1).toStdString(),
              "1 activity");
}
