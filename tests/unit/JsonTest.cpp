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
              QStringLiteral("7677a02472a8943bf329e5d7c6d3405c37d8d443ad440d6dceb7ff155f750b38"));
    EXPECT_EQ(Fingerprint::of(formats::DemoRegister::load().value()),
              QStringLiteral("b3cc2e2b87234337d7322e731ea34ee4677355329c9f2da27e7d82446732d32d"));

    // The same content laid out otherwise (keys reordered, no indentation) is the same register.
    const QJsonDocument compact =
        QJsonDocument::fromJson(test::readBytes(test::dataPath(QStringLiteral("full-register.ropa.json"))));
    const Result<Register> relaidOut =
        formats::RegisterJsonReader::read(compact.toJson(QJsonDocument::Compact), QStringLiteral("compact.json"));
    ASSERT_TRUE(relaidOut.ok());
    EXPECT_EQ(Fingerprint::of(relaidOut.value()), Fingerprint::of(fixture.value()));
}

TEST(JsonTest, EveryAccountabilityFieldSurvivesExportAndImport)
{
    const Register reg = test::fullRegister();
    // The rich register sets every field of the records that version 2 added.
    const Activity& sales = reg.activities.at(0);
    const Activity& payroll = reg.activities.at(1);
    ASSERT_FALSE(reg.reviewedBy.isEmpty());
    ASSERT_EQ(reg.pecrDeclared.size(), 2);
    ASSERT_FALSE(reg.recipients.at(1).contract.isEmpty());
    ASSERT_TRUE(sales.bases.at(1).assessment.isComplete());
    ASSERT_FALSE(payroll.bases.at(0).law.isEmpty());
    ASSERT_TRUE(payroll.bases.at(1).consent.isComplete());
    ASSERT_FALSE(payroll.schedule1Condition.isEmpty());
    ASSERT_FALSE(payroll.policyDocument.isEmpty());
    ASSERT_EQ(sales.dpiaScreening.criteria.size(), 2);
    ASSERT_TRUE(sales.dpiaScreening.date.has_value());
    ASSERT_FALSE(sales.automatedDecisions.safeguards.isEmpty());
    ASSERT_TRUE(sales.lastReviewed.has_value());

    const QByteArray json = formats::RegisterJsonWriter::write(reg);
    const Result<Register> read = formats::RegisterJsonReader::read(json, QStringLiteral("every-field.json"));
    ASSERT_TRUE(read.ok()) << message(read).toStdString();
    EXPECT_EQ(read.value(), reg);
    EXPECT_EQ(Fingerprint::of(read.value()), Fingerprint::of(reg));
    EXPECT_EQ(formats::RegisterJsonWriter::write(read.value()), json);
    EXPECT_TRUE(json.contains("\"version\": 2,"));
    EXPECT_TRUE(json.contains("\"law\": \"Income Tax (PAYE) Regulations 2003\""));
    EXPECT_TRUE(json.contains("\"status\": \"no\""));
    EXPECT_FALSE(json.contains("automated_decision_making"));
    EXPECT_FALSE(json.contains("balancing_test_date"));
}

TEST(JsonTest, Version1FileIsMigratedOnRead)
{
    const Result<Register> read =
        formats::RegisterJsonReader::readFile(test::dataPath(QStringLiteral("v1-register.ropa.json")));
    ASSERT_TRUE(read.ok()) << message(read).toStdString();

    // What version 1 could say, as version 2 holds it.
    Register expected = test::fullRegister();
    expected.reviewedBy.clear();
    expected.pecrDeclared.clear();
    for (Recipient& r : expected.recipients) {
        r.contract.clear();
    }
    for (Activity& a : expected.activities) {
        for (LawfulBasis& b : a.bases) {
            const std::optional<QDate> date = b.assessment.date;
            b = LawfulBasis(b.basis, b.interest);
            b.assessment.date = date; // balancing_test_date; the outcome stays not recorded
        }
        a.policyDocument.clear();
        a.dpiaScreening = {};
        a.automatedDecisions.safeguards.clear();
        a.pecr.clear();
        a.lastReviewed.reset();
        a.reviewedBy.clear();
    }
    // automated_decision_making false was the default, not an assessment.
    expected.activities[1].automatedDecisions.status = AutomatedDecisionStatus::NotAssessed;
    EXPECT_EQ(read.value(), expected);

    // The payroll activity uses criminal offence data and no special category data: its one condition was the
    // Schedule 1 condition. The sales activity uses health data: its condition stays the Art. 9(2) one.
    EXPECT_EQ(read->activities.at(1).specialCondition, std::nullopt);
    EXPECT_EQ(read->activities.at(1).schedule1Condition, QStringLiteral("DPA 2018 Sch. 1 Part 1 para 1 (employment)"));
    EXPECT_EQ(read->activities.at(0).specialCondition, QStringLiteral("Art. 9(2)(a) explicit consent"));
    EXPECT_EQ(read->activities.at(0).bases.at(1).assessment.outcome, AssessmentOutcome::NotRecorded);
    EXPECT_EQ(read->activities.at(0).bases.at(1).assessment.date, QDate(2026, 1, 15));
    EXPECT_EQ(read->activities.at(0).automatedDecisions.status, AutomatedDecisionStatus::Yes);

    // Written again it is version 2, and reads back the same.
    const QByteArray v2 = formats::RegisterJsonWriter::write(read.value());
    EXPECT_TRUE(v2.contains("\"version\": 2,"));
    const Result<Register> again = formats::RegisterJsonReader::read(v2, QStringLiteral("migrated.json"));
    ASSERT_TRUE(again.ok()) << message(again).toStdString();
    EXPECT_EQ(again.value(), read.value());
}

TEST(JsonTest, KeyListsAreReadInTheirOwnOrder)
{
    QByteArray json = formats::RegisterJsonWriter::write(test::fullRegister());
    const QByteArray inOrder =
        "\"criteria\": [\n          \"large_scale_special_data\",\n          \"tracking\"\n        ]";
    ASSERT_TRUE(json.contains(inOrder));
    json.replace(inOrder, "\"criteria\": [\"tracking\", \"large_scale_special_data\"]");
    json.replace("\"pecr_declared\": [\n    \"electronic_marketing\",\n    \"non_essential_cookies\"\n  ]",
                 "\"pecr_declared\": [\"non_essential_cookies\", \"electronic_marketing\"]");
    const Result<Register> read = formats::RegisterJsonReader::read(json, QStringLiteral("reordered.json"));
    ASSERT_TRUE(read.ok()) << message(read).toStdString();
    EXPECT_EQ(read.value(), test::fullRegister());
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
    const QString text = importEdited("\"version\": 2", "\"version\": 3");
    EXPECT_EQ(text,
              QStringLiteral("version: version 3 is newer than this RoPA Manager reads (up to 2); update RoPA "
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
    EXPECT_EQ(importEdited("\"status\": \"yes\"", "\"status\": true"),
              QStringLiteral("activities[0].automated_decisions.status: expected text, found true or false."));
    EXPECT_EQ(
        importEdited("\"period\": \"P12M\"", "\"period\": \"12 months\""),
        QStringLiteral("retention_rules[0].period: \"12 months\" is not an ISO 8601 period such as P12M, P6M or P6Y."));
}

TEST_F(BadJsonTest, PartOfAnotherBasisIsRefusedWithItsPlace)
{
    EXPECT_EQ(importEdited("{\n          \"basis\": \"contract\"\n        }",
                           "{\n          \"basis\": \"contract\", \"law\": \"x\"\n        }"),
              QStringLiteral("activities[0].bases[0].law: only a legal_obligation basis has this field."));
    EXPECT_EQ(importEdited("\"law\": \"Income Tax (PAYE) Regulations 2003\"", "\"law\": \"x\", \"consent\": {}"),
              QStringLiteral("activities[1].bases[0].consent: only a consent basis has this field."));
    EXPECT_EQ(importEdited("\"basis\": \"consent\",", "\"basis\": \"consent\", \"assessment\": {},"),
              QStringLiteral("activities[1].bases[1].assessment: only a legitimate_interests basis has this field."));
}

TEST_F(BadJsonTest, Version1KeysAreUnknownInVersion2)
{
    const QString text =
        importEdited("\"dpia\": \"done\",", "\"dpia\": \"done\", \"automated_decision_making\": true,");
    EXPECT_TRUE(
        text.startsWith(QStringLiteral("activities[0].automated_decision_making: unknown field of an activity")))
        << text.toStdString();
    const QString date = importEdited("\"interest\": \"Following up quotes\",",
                                      "\"interest\": \"Following up quotes\", \"balancing_test_date\": null,");
    EXPECT_TRUE(
        date.startsWith(QStringLiteral("activities[0].bases[1].balancing_test_date: unknown field of a lawful basis")))
        << date.toStdString();
}

TEST_F(BadJsonTest, Version2KeysAreUnknownInVersion1)
{
    QByteArray v1 = test::readBytes(test::dataPath(QStringLiteral("v1-register.ropa.json")));
    ASSERT_FALSE(v1.isEmpty());
    QByteArray root = v1;
    root.replace("\"last_reviewed\": \"2026-03-31\",", "\"last_reviewed\": \"2026-03-31\", \"pecr_declared\": [],");
    EXPECT_TRUE(importText(root).startsWith(QStringLiteral("pecr_declared: unknown field of a register")));
    QByteArray activity = v1;
    activity.replace("\"dpia\": \"done\",", "\"dpia\": \"done\", \"pecr\": [],");
    EXPECT_TRUE(importText(activity).startsWith(QStringLiteral("activities[0].pecr: unknown field of an activity")));
    QByteArray recipient = v1;
    recipient.replace("\"purpose\": \"Payroll\"", "\"purpose\": \"Payroll\", \"contract\": \"x\"");
    EXPECT_TRUE(
        importText(recipient).startsWith(QStringLiteral("recipients[1].contract: unknown field of a recipient")));
}

TEST_F(BadJsonTest, KeyListsRefuseUnknownAndRepeatedKeys)
{
    EXPECT_EQ(importEdited("\"pecr_declared\": [\n    \"electronic_marketing\",",
                           "\"pecr_declared\": [\n    \"electronic_marketing\", \"electronic_marketing\","),
              QStringLiteral("pecr_declared[1]: \"electronic_marketing\" is listed twice."));
    const QString criterion = importEdited("\"large_scale_special_data\"", "\"lots_of_data\"");
    EXPECT_TRUE(criterion.startsWith(
        QStringLiteral("activities[0].dpia_screening.criteria[0]: \"lots_of_data\" is not a DPIA screening criterion")))
        << criterion.toStdString();
    EXPECT_EQ(importEdited("\"outcome\": \"interests_not_overridden\"", "\"outcome\": \"fine\""),
              QStringLiteral("activities[0].bases[1].assessment.outcome: \"fine\" is not an assessment outcome "
                             "(expected one of ") +
                  assessmentOutcomeKeyList() + QStringLiteral(")."));
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
