#include "formats/EntryJson.h"

#include "TestSupport.h"
#include "formats/DemoRegister.h"
#include "formats/InputLimits.h"
#include "formats/JsonWriter.h"
#include "formats/RegisterJsonWriter.h"
#include "session/EntryCodecs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace ropa;
using formats::EntryJson;

namespace {

const QString kLabel = QStringLiteral("activity \"sales\" in the team register");

template <typename T>
std::string message(const Result<T>& result)
{
    return result ? std::string("no error") : result.error().message.toStdString();
}

template <typename T>
std::string errorOf(const Result<T>& result)
{
    return result ? std::string("no error") : result.error().message.toStdString();
}

// What an error says: the label, then the rest.
std::string said(const QString& rest)
{
    return QString(kLabel + rest).toStdString();
}

// The first words of what an error says, where the rest (a list of keys) is the reader's to word.
std::string start(const std::string& text, const std::string& prefix)
{
    return text.substr(0, prefix.size());
}

RegisterChange::UpdateOrganisation organisationOf(const Register& reg)
{
    return {reg.controller, reg.lastReviewed, reg.reviewedBy, reg.pecrDeclared};
}

QList<Register> registers()
{
    const Result<Register> demo = formats::DemoRegister::load();
    EXPECT_TRUE(demo.ok()) << message(demo);
    return {test::fullRegister(), demo.ok() ? demo.value() : Register{}};
}

QJsonObject objectOf(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

// The file's key of each catalogue, in the order of Catalogue::Kind.
const char* const kCatalogueKeys[] = {"data_categories", "subject_categories", "recipients", "sources",
                                      "retention_rules"};

// What the register's activities and catalogues were made with: a test that found none would prove nothing.
void expectEntries(const Register& reg)
{
    ASSERT_FALSE(reg.activities.isEmpty());
    for (const Catalogue::Kind kind : Catalogue::kinds()) {
        ASSERT_GT(Catalogue::count(reg, kind), 0) << Catalogue::plural(kind).toStdString();
    }
}

TEST(EntryJsonTest, EveryEntryOfTheFullAndTheDemoRegisterDecodesToWhatWasEncoded)
{
    for (const Register& reg : registers()) {
        expectEntries(reg);
        for (const Activity& a : reg.activities) {
            const Result<Activity> decoded = EntryJson::decodeActivity(EntryJson::encodeActivity(a), kLabel);
            ASSERT_TRUE(decoded.ok()) << message(decoded);
            EXPECT_EQ(decoded.value(), a) << a.id.toStdString();
        }
        for (const Catalogue::Kind kind : Catalogue::kinds()) {
            for (qsizetype row = 0; row < Catalogue::count(reg, kind); ++row) {
                const CatalogueEntry entry = Catalogue::entry(reg, kind, row);
                const Result<CatalogueEntry> decoded =
                    EntryJson::decodeEntry(kind, EntryJson::encodeEntry(entry), kLabel);
                ASSERT_TRUE(decoded.ok()) << message(decoded);
                EXPECT_EQ(decoded.value(), entry) << Catalogue::idOf(entry).toStdString();
            }
        }
        const RegisterChange::UpdateOrganisation organisation = organisationOf(reg);
        const Result<RegisterChange::UpdateOrganisation> decoded =
            EntryJson::decodeOrganisation(EntryJson::encodeOrganisation(organisation), kLabel);
        ASSERT_TRUE(decoded.ok()) << message(decoded);
        EXPECT_EQ(decoded.value(), organisation);
    }
}

TEST(EntryJsonTest, EachEntryIsTheObjectItIsInTheFileWithoutTheActivitysOrder)
{
    for (const Register& reg : registers()) {
        expectEntries(reg);
        const QJsonObject file = objectOf(formats::RegisterJsonWriter::write(reg));
        const QJsonArray activities = file.value(QStringLiteral("activities")).toArray();
        ASSERT_EQ(activities.size(), reg.activities.size());
        for (qsizetype i = 0; i < activities.size(); ++i) {
            QJsonObject inFile = activities.at(i).toObject();
            ASSERT_TRUE(inFile.contains(QStringLiteral("order")));
            inFile.remove(QStringLiteral("order"));
            const QJsonObject entry = objectOf(EntryJson::encodeActivity(reg.activities.at(i)));
            EXPECT_FALSE(entry.contains(QStringLiteral("order")));
            EXPECT_EQ(entry, inFile) << reg.activities.at(i).id.toStdString();
        }
        for (const Catalogue::Kind kind : Catalogue::kinds()) {
            const QJsonArray inFile = file.value(QLatin1StringView(kCatalogueKeys[int(kind)])).toArray();
            ASSERT_EQ(inFile.size(), Catalogue::count(reg, kind));
            for (qsizetype row = 0; row < inFile.size(); ++row) {
                EXPECT_EQ(objectOf(EntryJson::encodeEntry(Catalogue::entry(reg, kind, row))),
                          inFile.at(row).toObject());
            }
        }
        QJsonObject details;
        for (const char* key : {"controller", "last_reviewed", "reviewed_by", "pecr_declared"}) {
            ASSERT_TRUE(file.contains(QLatin1StringView(key))) << key;
            details.insert(QLatin1StringView(key), file.value(QLatin1StringView(key)));
        }
        EXPECT_EQ(objectOf(EntryJson::encodeOrganisation(organisationOf(reg))), details);
    }
}

TEST(EntryJsonTest, BytesAreCompactWithKeysSorted)
{
    const Register reg = test::fullRegister();
    EXPECT_EQ(EntryJson::encodeEntry(reg.sources.first()), QByteArray(R"({"id":"subject","name":"The data subject"})"));
    EXPECT_EQ(
        EntryJson::encodeEntry(reg.retentionRules.first()),
        QByteArray(R"({"description":"Declined quotes","id":"quote","period":"P12M","trigger":"quote declined"})"));
    const QByteArray activity = EntryJson::encodeActivity(reg.activities.first());
    EXPECT_EQ(activity, EntryJson::encodeActivity(reg.activities.first()));
    EXPECT_TRUE(activity.startsWith(R"({"automated_decisions":{"safeguards":"A person reviews)")) << activity.data();
    EXPECT_TRUE(activity.endsWith(R"("subject_categories":["customers"],"transfers":[{"country":"US",)"
                                  R"("safeguard":"UK Extension to the EU-US Data Privacy Framework"}]})"))
        << activity.data();
    EXPECT_FALSE(activity.contains('\n'));
    EXPECT_TRUE(EntryJson::encodeOrganisation(organisationOf(reg))
                    .startsWith(R"({"controller":{"address":"1 High Street\nAndover, SP10 1AA","dpo":)"));
}

TEST(EntryJsonTest, KeysInAnotherOrderDecodeToTheSameEntryAndTheSameBytes)
{
    const Result<CatalogueEntry> reordered = EntryJson::decodeEntry(
        Catalogue::Kind::Recipients,
        R"({"purpose": "Payroll", "name": "Payroll bureau", "kind": "processor", "id": "payroll", "country": "IE",
            "contract": "Processing agreement PB-2024-07, shared drive /contracts"})",
        kLabel);
    ASSERT_TRUE(reordered.ok()) << message(reordered);
    const CatalogueEntry payroll = test::fullRegister().recipients.at(1);
    EXPECT_EQ(reordered.value(), payroll);
    EXPECT_EQ(EntryJson::encodeEntry(reordered.value()), EntryJson::encodeEntry(payroll));

    // The file's own order (id, purpose, description ...), indented as in the file.
    for (const Activity& a : test::fullRegister().activities) {
        formats::JsonWriter w;
        formats::RegisterJsonWriter::writeActivity(w, a, std::nullopt);
        ASSERT_NE(w.result(), EntryJson::encodeActivity(a));
        const Result<Activity> decoded = EntryJson::decodeActivity(w.result(), kLabel);
        ASSERT_TRUE(decoded.ok()) << message(decoded);
        EXPECT_EQ(decoded.value(), a);
        EXPECT_EQ(EntryJson::encodeActivity(decoded.value()), EntryJson::encodeActivity(a));
    }
}

TEST(EntryJsonTest, TheSessionsCodecIsTheJsonOfEachEntry)
{
    const store::EntryCodec codec = session::EntryCodecs::json();
    const Register reg = test::fullRegister();
    const Activity& sales = reg.activities.first();
    EXPECT_EQ(codec.encodeActivity(sales), EntryJson::encodeActivity(sales));
    EXPECT_EQ(codec.decodeActivity(codec.encodeActivity(sales), kLabel).value(), sales);
    const CatalogueEntry health = reg.dataCategories.at(1);
    EXPECT_EQ(codec.encodeEntry(health), EntryJson::encodeEntry(health));
    EXPECT_EQ(codec.decodeEntry(Catalogue::Kind::DataCategories, codec.encodeEntry(health), kLabel).value(), health);
    EXPECT_EQ(codec.encodeOrganisation(organisationOf(reg)), EntryJson::encodeOrganisation(organisationOf(reg)));
    EXPECT_EQ(codec.decodeOrganisation(codec.encodeOrganisation(organisationOf(reg)), kLabel).value(),
              organisationOf(reg));
    EXPECT_EQ(errorOf(codec.decodeActivity("[]", kLabel)), errorOf(EntryJson::decodeActivity("[]", kLabel)));
}

// Activities refer to catalogue entries kept in other rows, so on its own only the form of a reference is checked.
TEST(EntryJsonTest, AnActivitysReferencesAreNotLookedUp)
{
    const Result<Activity> decoded = EntryJson::decodeActivity(
        R"({"id": "sales", "purpose": "Selling", "recipients": ["elsewhere"], "retention": "kept-elsewhere"})", kLabel);
    ASSERT_TRUE(decoded.ok()) << message(decoded);
    EXPECT_EQ(decoded->recipients, QStringList{QStringLiteral("elsewhere")});
    EXPECT_EQ(decoded->retention, QStringLiteral("kept-elsewhere"));
    EXPECT_EQ(errorOf(EntryJson::decodeActivity(
                  R"({"id": "sales", "purpose": "Selling", "recipients": ["hmrc", "hmrc"]})", kLabel)),
              said(QStringLiteral(": recipients[1]: \"hmrc\" is listed twice.")));
}

TEST(EntryJsonTest, MalformedJsonNamesTheLabelAndTheCharacter)
{
    // The 28th character, '}', is where a value should be; the words in brackets are Qt's.
    const std::string noValue = errorOf(EntryJson::decodeActivity(R"({"id": "sales", "purpose": })", kLabel));
    const std::string noValueStart = said(QStringLiteral(": character 28: the entry is not valid JSON ("));
    EXPECT_EQ(start(noValue, noValueStart), noValueStart);
    const std::string empty = errorOf(EntryJson::decodeEntry(Catalogue::Kind::Sources, {}, kLabel));
    const std::string emptyStart = said(QStringLiteral(": character 1: the entry is not valid JSON ("));
    EXPECT_EQ(start(empty, emptyStart), emptyStart);
    EXPECT_EQ(errorOf(EntryJson::decodeOrganisation("[1, 2]", kLabel)),
              said(QStringLiteral(": expected an object, found a list.")));
}

TEST(EntryJsonTest, AWrongTypeNamesTheLabelAndThePath)
{
    EXPECT_EQ(errorOf(EntryJson::decodeActivity(R"({"id": "sales", "purpose": "Selling",
                                                    "bases": [{"basis": "consent", "consent": {"how_obtained": 3}}]})",
                                                kLabel)),
              said(QStringLiteral(": bases[0].consent.how_obtained: expected text, found a number.")));
    EXPECT_EQ(
        errorOf(EntryJson::decodeEntry(Catalogue::Kind::Subjects, R"({"id": "staff", "name": ["Staff"]})", kLabel)),
        said(QStringLiteral(": name: expected text, found a list.")));
    EXPECT_EQ(errorOf(EntryJson::decodeOrganisation(R"({"controller": {"name": true}})", kLabel)),
              said(QStringLiteral(": controller.name: expected text, found true or false.")));
}

TEST(EntryJsonTest, AnUnknownValueIsRefusedNeverReplacedByADefault)
{
    EXPECT_EQ(errorOf(EntryJson::decodeActivity(R"({"id": "sales", "purpose": "Selling", "dpia": "maybe"})", kLabel)),
              said(QStringLiteral(": dpia: \"maybe\" is not a DPIA status (expected one of ") + dpiaStatusKeyList() +
                   QStringLiteral(").")));
    EXPECT_EQ(errorOf(EntryJson::decodeEntry(Catalogue::Kind::Recipients,
                                             R"({"id": "hmrc", "name": "HMRC", "kind": "friend"})", kLabel)),
              said(QStringLiteral(": kind: \"friend\" is not a kind of recipient (expected one of ") +
                   recipientKindKeyList() + QStringLiteral(").")));
    EXPECT_EQ(errorOf(EntryJson::decodeOrganisation(R"({"controller": {}, "pecr_declared": ["newsletters"]})", kLabel)),
              said(QStringLiteral(": pecr_declared[0]: \"newsletters\" is not a PECR use (expected one of ") +
                   pecrUseKeyList() + QStringLiteral(").")));
    const std::string unknownField = errorOf(
        EntryJson::decodeEntry(Catalogue::Kind::Sources, R"({"id": "web", "name": "Website", "url": "x"})", kLabel));
    const std::string unknownFieldStart = said(QStringLiteral(": url: unknown field of a source (known fields: "));
    EXPECT_EQ(start(unknownField, unknownFieldStart), unknownFieldStart);
}

TEST(EntryJsonTest, AnActivityOnItsOwnHasNoOrderAndTheOrganisationItsController)
{
    const std::string order =
        errorOf(EntryJson::decodeActivity(R"({"id": "sales", "purpose": "Selling", "order": 3})", kLabel));
    const std::string orderStart = said(QStringLiteral(": order: unknown field of an activity (known fields: "));
    EXPECT_EQ(start(order, orderStart), orderStart);
    EXPECT_EQ(errorOf(EntryJson::decodeOrganisation(R"({"reviewed_by": "Jane"})", kLabel)),
              said(QStringLiteral(": controller: missing; the register needs its controller's details.")));
}

TEST(EntryJsonTest, AnEntryOverTheLimitIsRefusedUnread)
{
    QByteArray json = R"({"id": "sales", "purpose": "Selling", "description": ")";
    json += QByteArray(formats::InputLimits::kMaxEntryJsonBytes - json.size() - 2, 'x');
    json += R"("})";
    ASSERT_EQ(json.size(), formats::InputLimits::kMaxEntryJsonBytes);
    // At the limit the reader's own limits speak: the description is too long, not the entry too large.
    const std::string atLimit = errorOf(EntryJson::decodeActivity(json, kLabel));
    const std::string atLimitStart = said(QStringLiteral(": description: is "));
    EXPECT_EQ(start(atLimit, atLimitStart), atLimitStart);
    json += ' ';
    const std::string tooLarge = said(QStringLiteral(" is over 1 MB, the most an entry may be."));
    EXPECT_EQ(errorOf(EntryJson::decodeActivity(json, kLabel)), tooLarge);
    EXPECT_EQ(errorOf(EntryJson::decodeEntry(Catalogue::Kind::Sources, json, kLabel)), tooLarge);
    EXPECT_EQ(errorOf(EntryJson::decodeOrganisation(json, kLabel)), tooLarge);
}

} // namespace
