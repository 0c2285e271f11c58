#include "TestSupport.h"
#include "domain/Fingerprint.h"
#include "formats/DemoRegister.h"
#include "formats/RegisterJsonReader.h"
#include "formats/RegisterJsonWriter.h"
#include "session/ImportRegister.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ropa;

namespace {

QString message(const Result<Register>& result)
{
    return result ? QString() : result.error().message;
}

TEST(JsonTest, FullFixtureReadsAsTheFullRegisterAndWritesBackTheSameBytes)
{
    const QByteArray fixture = test::readBytes(test::dataPath(QStringLiteral("full-register.ropa.json")));
    ASSERT_FALSE(fixture.isEmpty());
    const Result<Register> read = formats::RegisterJsonReader::read(fixture, QStringLiteral("full-register.ropa.json"));
    ASSERT_TRUE(read.ok()) << message(read).toStdString();
    EXPECT_EQ(read.value(), test::fullRegister());
    EXPECT_EQ(formats::RegisterJsonWriter::write(read.value()), fixture);
}

TEST(JsonTest, DemoRoundTripThroughAnEncryptedRegisterIsByteIdentical)
{
    const QByteArray original = test::readBytes(QString::fromLatin1(formats::DemoRegister::kResourcePath));
    ASSERT_FALSE(original.isEmpty());
    QTemporaryDir dir;
    const QString jsonPath = dir.filePath(QStringLiteral("demo.ropa.json"));
    {
        QFile out(jsonPath);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(original);
    }
    const Result<Register> read = formats::RegisterJsonReader::readFile(jsonPath);
    ASSERT_TRUE(read.ok());
    const session::RegisterLocation location(dir.filePath(QStringLiteral("demo.ropa")));
    const Result<session::ImportRegister::Outcome> imported =
        session::ImportRegister::run(location, test::kPassphrase, read.value(), jsonPath,
                                     session::ImportRegister::Mode::OnlyIntoEmpty, QStringLiteral("tester"));
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_EQ(imported->activities, 19);
    EXPECT_TRUE(imported->created);

    const QByteArray exported = formats::RegisterJsonWriter::write(location.read(test::kPassphrase)->reg);
    EXPECT_EQ(exported, original);
}

TEST(JsonTest, FingerprintFollowsContent)
{
    Register reg = test::fullRegister();
    const QString before = Fingerprint::of(reg);
    EXPECT_EQ(before.size(), 64);
    EXPECT_EQ(Fingerprint::of(test::fullRegister()), before);
    reg.activities.first().bases.removeLast();
    EXPECT_NE(Fingerprint::of(reg), before);
}

// The fingerprint is defined in docs/file-format.md field by field; these values were worked out from that text by a
// separate program, so a change to the JSON export (or anything else) cannot move the fingerprint printed on
// documents already handed out.
TEST(JsonTest, FingerprintIsPinnedByItsDefinition)
{
    const Result<Register> fixture =
        formats::RegisterJsonReader::readFile(test::dataPath(QStringLiteral("full-register.ropa.json")));
    ASSERT_TRUE(fixture.ok());
    EXPECT_EQ(Fingerprint::of(fixture.value()),
              QStringLiteral("d9f8c09d6267139a24f47c032de16112dc9ed5ee6255d934bcbd9e2517a8b232"));
    EXPECT_EQ(Fingerprint::of(formats::DemoRegister::load().value()),
              QStringLiteral("25e8e8bf153b1ad5bc76128c5704c721e506ae7832cfa05e2bd16b9c9432e1b4"));

    // The same content laid out otherwise (keys reordered, no indentation) is the same register.
    const QJsonDocument compact =
        QJsonDocument::fromJson(test::readBytes(test::dataPath(QStringLiteral("full-register.ropa.json"))));
    const Result<Register> relaidOut =
        formats::RegisterJsonReader::read(compact.toJson(QJsonDocument::Compact), QStringLiteral("compact.json"));
    ASSERT_TRUE(relaidOut.ok());
    EXPECT_EQ(Fingerprint::of(relaidOut.value()), Fingerprint::of(fixture.value()));
}

TEST(JsonTest, WriterEscapesTextSoItReadsBackExactly)
{
    Register reg = test::fullRegister();
    reg.controller.name = QStringLiteral("Quote \" backslash \\ tab \t bell \a newline \n emoji 😀 end");
    const QByteArray json = formats::RegisterJsonWriter::write(reg);
    const Result<Register> read = formats::RegisterJsonReader::read(json, QStringLiteral("escaped.json"));
    ASSERT_TRUE(read.ok()) << message(read).toStdString();
    EXPECT_EQ(read->controller.name, reg.controller.name);
    EXPECT_TRUE(json.contains("\\u0007"));
}

TEST(JsonTest, ActivitiesAreListedByOrderAndRenumbered)
{
    QByteArray json = formats::RegisterJsonWriter::write(test::fullRegister());
    json.replace("\"order\": 1,", "\"order\": 20,");
    const Result<Register> read = formats::RegisterJsonReader::read(json, QStringLiteral("ordered.json"));
    ASSERT_TRUE(read.ok()) << message(read).toStdString();
    ASSERT_EQ(read->activities.size(), 2);
    EXPECT_EQ(read->activities.at(0).id, QStringLiteral("payroll"));
    EXPECT_EQ(read->activities.at(1).id, QStringLiteral("sales"));
}

// Every bad input is refused whole with one sentence naming the file and the place, and the register is untouched.
class BadJsonTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(test::writeRegisterFile(registerPath(), test::fullRegister())); }

    QString registerPath() const { return m_dir.filePath(QStringLiteral("r.ropa")); }

    // Imports text that is the full fixture with one edit, and returns the error message.
    QString importEdited(const QByteArray& from, const QByteArray& to)
    {
        QByteArray json = formats::RegisterJsonWriter::write(test::fullRegister());
        EXPECT_TRUE(json.contains(from)) << from.toStdString();
        json.replace(from, to);
        return importText(json);
    }

    QString importText(const QByteArray& json)
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.ropa.json"));
        QFile out(path);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(json);
        out.close();

        const QByteArray before = test::sha256OfFile(registerPath());
        const Result<Register> result = formats::RegisterJsonReader::readFile(path);
        EXPECT_FALSE(result.ok());
        if (result) {
            EXPECT_TRUE(session::ImportRegister::run(
                            session::RegisterLocation(registerPath()), test::kPassphrase, result.value(), path,
                            session::ImportRegister::Mode::ReplaceExisting, QStringLiteral("tester"))
                            .ok());
        }
        EXPECT_EQ(test::sha256OfFile(registerPath()), before) << "the register changed";
        if (result) {
            return {};
        }
        EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
        const QString text = result.error().message;
        EXPECT_TRUE(text.startsWith(path + QStringLiteral(": "))) << text.toStdString();
        EXPECT_TRUE(text.endsWith(QLatin1Char('.'))) << text.toStdString();
        EXPECT_FALSE(text.contains(QLatin1Char('\n'))) << "one sentence, one line";
        return text.mid(path.size() + 2);
    }

    QTemporaryDir m_dir;
};

TEST_F(BadJsonTest, InvalidJsonNamesLineAndColumn)
{
    const QString text = importEdited("\"purpose\": \"Paying our staff\",", "\"purpose\": \"Paying our staff\"");
    EXPECT_TRUE(text.contains(QStringLiteral("not valid JSON"))) << text.toStdString();
    EXPECT_TRUE(text.startsWith(QStringLiteral("line 1"))) << text.toStdString();
    const int line = text.section(QLatin1Char(' '), 1, 1).chopped(1).toInt();
    EXPECT_GT(line, 100) << "the error is far down the file: " << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("column"))) << text.toStdString();
}

TEST_F(BadJsonTest, WrongFormat)
{
    const QString text = importEdited("\"format\": \"ropa-register\"", "\"format\": \"something-else\"");
    EXPECT_EQ(
        text,
        QStringLiteral("format: \"something-else\" is not \"ropa-register\"; this is not a RoPA register export."));
}

TEST_F(BadJsonTest, HigherVersion)
{
    const QString text = importEdited("\"version\": 1", "\"version\": 2");
    EXPECT_EQ(text,
              QStringLiteral("version: version 2 is newer than this RoPA Manager reads (up to 1); update RoPA "
                             "Manager to import it."));
}

TEST_F(BadJsonTest, UnknownIdReference)
{
    const QString text = importEdited("\"recipients\": [\n        \"ggf\",", "\"recipients\": [\n        \"ggff\",");
    EXPECT_EQ(text, QStringLiteral("activities[0].recipients[0]: \"ggff\" is not the id of any recipient."));
}

TEST_F(BadJsonTest, UnknownRetentionReference)
{
    const QString text = importEdited("\"retention\": \"tax\"", "\"retention\": \"taxes\"");
    EXPECT_EQ(text, QStringLiteral("activities[1].retention: \"taxes\" is not the id of any retention rule."));
}

TEST_F(BadJsonTest, DuplicateId)
{
    const QString text = importEdited("\"id\": \"payroll\",\n      \"name\"", "\"id\": \"ggf\",\n      \"name\"");
    EXPECT_EQ(text, QStringLiteral("recipients[1].id: \"ggf\" is already the id of recipients[0]."));
}

TEST_F(BadJsonTest, MissingPurpose)
{
    const QString text = importEdited("\"purpose\": \"Paying our staff\",", "");
    EXPECT_EQ(text, QStringLiteral("activities[1].purpose: missing; every activity needs a purpose."));
}

TEST_F(BadJsonTest, EmptyPurpose)
{
    const QString text = importEdited("\"purpose\": \"Paying our staff\",", "\"purpose\": \"  \",");
    EXPECT_EQ(text, QStringLiteral("activities[1].purpose: is empty; it is required."));
}

TEST_F(BadJsonTest, UnknownBasis)
{
    const QString text = importEdited("\"basis\": \"contract\"", "\"basis\": \"contracts\"");
    EXPECT_EQ(text,
              QStringLiteral("activities[0].bases[0].basis: \"contracts\" is not a lawful basis (expected one of "
                             "consent, contract, legal_obligation, vital_interests, public_task, "
                             "legitimate_interests)."));
}

TEST_F(BadJsonTest, UnknownFieldIsReportedNotDropped)
{
    const QString text = importEdited("\"dpia\": \"done\",", "\"dpia\": \"done\",\n      \"colour\": \"red\",");
    EXPECT_TRUE(text.startsWith(QStringLiteral("activities[0].colour: unknown field of an activity")))
        << text.toStdString();
}

TEST_F(BadJsonTest, InterestOnABasisOtherThanLegitimateInterests)
{
    const QString text = importEdited("{\n          \"basis\": \"contract\"\n        }",
                                      "{\n          \"basis\": \"contract\", \"interest\": \"x\"\n        }");
    EXPECT_EQ(text,
              QStringLiteral("activities[0].bases[0].interest: only a legitimate_interests basis has this field."));
}

TEST_F(BadJsonTest, WrongTypeAndBadPeriod)
{
    EXPECT_EQ(importEdited("\"automated_decision_making\": true", "\"automated_decision_making\": \"yes\""),
              QStringLiteral("activities[0].automated_decision_making: expected true or false, found text."));
    EXPECT_EQ(
        importEdited("\"period\": \"P12M\"", "\"period\": \"12 months\""),
        QStringLiteral("retention_rules[0].period: \"12 months\" is not an ISO 8601 period such as P12M, P6M or P6Y."));
}

TEST_F(BadJsonTest, NotAnObjectAtTheTop)
{
    const QString text = importText("[1, 2, 3]");
    EXPECT_TRUE(text.contains(QStringLiteral("top level is not a JSON object"))) << text.toStdString();
}

TEST_F(BadJsonTest, OrderOutsideWhatADoubleHoldsExactlyIsRefused)
{
    for (const char* order : {"1e300", "-1e300", "1e19", "9007199254740994"}) {
        const QString text = importEdited("\"order\": 1,", QByteArray("\"order\": ") + order + ",");
        EXPECT_TRUE(text.startsWith(QStringLiteral("activities[0].order: ")) &&
                    text.endsWith(QStringLiteral(" is not a whole number from -9,007,199,254,740,992 to "
                                                 "9,007,199,254,740,992.")))
            << order << ": " << text.toStdString();
    }
    EXPECT_EQ(importEdited("\"order\": 1,", "\"order\": 1e300,"),
              QStringLiteral("activities[0].order: 1e+300 is not a whole number from -9,007,199,254,740,992 to "
                             "9,007,199,254,740,992."));
}

TEST_F(BadJsonTest, TextOverItsLimitIsRefused)
{
    EXPECT_EQ(importEdited("\"purpose\": \"Paying our staff\",", "\"purpose\": \"" + QByteArray(1001, 'x') + "\","),
              QStringLiteral("activities[1].purpose: is 1,001 characters long; at most 1,000 are allowed."));
    const QString address = importEdited("\"address\": \"", "\"address\": \"" + QByteArray(20001, 'x'));
    EXPECT_TRUE(address.startsWith(QStringLiteral("controller.address: is 20,")) &&
                address.endsWith(QStringLiteral(" characters long; at most 20,000 are allowed.")))
        << address.toStdString();
}

TEST(JsonReadTest, DeviceIsRefusedBeforeAnyReading)
{
    if (!QFile::exists(QStringLiteral("/dev/zero"))) {
        GTEST_SKIP() << "no /dev/zero here";
    }
    const Result<Register> reg = formats::RegisterJsonReader::readFile(QStringLiteral("/dev/zero"));
    ASSERT_FALSE(reg.ok());
    EXPECT_EQ(reg.error().code, ErrorCode::Io);
    EXPECT_EQ(reg.error().message, QStringLiteral("/dev/zero is not a regular file."));
}

} // namespace
