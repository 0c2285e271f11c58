#include "store/sqlcipher/RegisterReader.h"

#include "store/sqlcipher/ActivityTable.h"
#include "store/sqlcipher/CatalogueTable.h"
#include "store/sqlcipher/Database.h"
#include "store/sqlcipher/MetaKeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ropa::store::sqlcipher {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::store::sqlcipher)
};

Error unknownValue(const Database& db, const QString& activityId, const QString& what, const QString& value,
                   const QString& known)
{
    return {ErrorCode::InvalidInput,
            Text::tr("%1: the activity '%2' has %3 '%4', which this version does not know (it "
                     "knows %5).")
                .arg(QDir::toNativeSeparators(db.path()), activityId, what, value, known)};
}

std::optional<QDate> dateFrom(const std::optional<QString>& text)
{
    return text ? std::optional<QDate>(QDate::fromString(*text, Qt::ISODate)) : std::nullopt;
}

// The same few texts (catalogue ids, basis keys) recur in thousands of rows; each is decoded once and shared.
class Interner
{
public:
    QString get(QByteArrayView utf8)
    {
        const std::string_view key(utf8.data(), static_cast<std::size_t>(utf8.size()));
        const auto it = m_texts.find(key);
        if (it != m_texts.end()) {
            return it->second;
        }
        const QString text = QString::fromUtf8(utf8);
        m_texts.emplace(std::string(key), text);
        return text;
    }

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_texts;
};

// Finds an activity's place in the register by its id as the file holds it (UTF-8), without decoding it; rows of
// one activity come together, so the last answer is kept.
class ActivityIndex
{
public:
    explicit ActivityIndex(const Register& reg)
    {
        m_index.reserve(static_cast<std::size_t>(reg.activities.size()));
        for (qsizetype i = 0; i < reg.activities.size(); ++i) {
            m_index.emplace(reg.activities.at(i).id.toStdString(), i);
        }
    }

    // The activity's place, or -1.
    qsizetype find(QByteArrayView utf8)
    {
        const std::string_view id(utf8.data(), static_cast<std::size_t>(utf8.size()));
        if (id != m_lastId) {
            const auto it = m_index.find(id);
            m_last = it == m_index.end() ? -1 : it->second;
            m_lastId.assign(id);
        }
        return m_last;
    }

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, qsizetype, Hash, std::equal_to<>> m_index;
    std::string m_lastId;
    qsizetype m_last = -1;
};

// Reads a detail table in the order it is stored (by activity id: no sorting in SQL, no lookups by position),
// then hands each row's value to add for its activity in the activity's own order of the rows. The query's
// first two columns are activity_id and position; value() makes the row's value from the row.
template <typename Value, typename Read, typename Add>
Status readDetailTable(Database& db, ActivityIndex& index, const QString& sql, Read value, Add add)
{
    struct Row
    {
        qsizetype activity;
        qint64 position;
        Value value;
    };
    std::vector<Row> rows;
    const Status status = db.forEachRow(sql, [&](const Statement& row) -> Status {
        const qsizetype activity = index.find(row.bytes(0));
        if (activity < 0) {
            return {}; // the foreign key keeps this from happening
        }
        Result<Value> v = value(row);
        if (!v) {
            return v.error();
        }
        rows.push_back({activity, row.integer(1), std::move(v.value())});
        return {};
    });
    if (!status) {
        return status;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return a.activity != b.activity ? a.activity < b.activity : a.position < b.position;
    });
    for (Row& row : rows) {
        add(row.activity, std::move(row.value));
    }
    return {};
}

Status readController(Database& db, Register& reg)
{
    QHash<QString, QString> meta;
    const Status status = db.forEachRow(QStringLiteral("SELECT key, value FROM meta"),
                                        [&meta](const Statement& row) { meta.insert(row.text(0), row.text(1)); });
    for (const auto& [key, member] : MetaKeys::kController) {
        reg.controller.*member = meta.value(QString::fromLatin1(key));
    }
    if (meta.contains(QLatin1StringView(MetaKeys::kLastReviewed))) {
        reg.lastReviewed = QDate::fromString(meta.value(QLatin1StringView(MetaKeys::kLastReviewed)), Qt::ISODate);
    }
    reg.reviewedBy = meta.value(QLatin1StringView(MetaKeys::kReviewedBy));
    const QString pecr = meta.value(QLatin1StringView(MetaKeys::kPecrDeclared));
    const std::optional<QList<PecrUse>> declared = ActivityTable::parseKeys<PecrUse>(pecr, pecrUseFromKey);
    if (!declared) {
        return Error{ErrorCode::InvalidInput,
                     Text::tr("%1: the organisation declares the PECR uses '%2', which this version does not know (it "
                              "knows %3).")
                         .arg(QDir::toNativeSeparators(db.path()), pecr, pecrUseKeyList())};
    }
    reg.pecrDeclared = *declared;
    return status;
}

Status readActivities(Database& db, Register& reg)
{
    const Result<qint64> count = db.scalarInteger(QStringLiteral("SELECT count(*) FROM activity"));
    if (!count) {
        return count.error();
    }
    reg.activities.reserve(count.value());
    return db.forEachRow(ActivityTable::selectSql(), [&db, &reg](const Statement& row) -> Status {
        Activity a;
        a.id = row.text(0);
        a.purpose = row.text(1);
        a.description = row.text(2);
        a.businessFunction = row.text(3);
        a.specialCondition = row.optionalText(4);
        a.retention = row.optionalText(5);
        a.securityMeasures = row.text(6);
        const QString dpia = row.text(7);
        const std::optional<DpiaStatus> status = dpiaStatusFromKey(dpia);
        if (!status) {
            return unknownValue(db, a.id, Text::tr("the DPIA status"), dpia, dpiaStatusKeyList());
        }
        a.dpia = *status;
        a.schedule1Condition = row.text(8);
        a.policyDocument = row.text(9);
        const std::optional<QList<DpiaCriterion>> criteria =
            ActivityTable::parseKeys<DpiaCriterion>(row.text(10), dpiaCriterionFromKey);
        if (!criteria) {
            return unknownValue(db, a.id, Text::tr("the DPIA screening criteria"), row.text(10),
                                dpiaCriterionKeyList());
        }
        a.dpiaScreening.criteria = *criteria;
        a.dpiaScreening.date = dateFrom(row.optionalText(11));
        a.dpiaScreening.reference = row.text(12);
        const QString decisions = row.text(13);
        const std::optional<AutomatedDecisionStatus> decided = automatedDecisionStatusFromKey(decisions);
        if (!decided) {
            return unknownValue(db, a.id, Text::tr("the automated decisions status"), decisions,
                                automatedDecisionStatusKeyList());
        }
        a.automatedDecisions.status = *decided;
        a.automatedDecisions.safeguards = row.text(14);
        const std::optional<QList<PecrUse>> pecr = ActivityTable::parseKeys<PecrUse>(row.text(15), pecrUseFromKey);
        if (!pecr) {
            return unknownValue(db, a.id, Text::tr("the PECR uses"), row.text(15), pecrUseKeyList());
        }
        a.pecr = *pecr;
        a.lastReviewed = dateFrom(row.optionalText(16));
        a.reviewedBy = row.text(17);
        reg.activities.append(std::move(a));
        return {};
    });
}

Status readActivityDetails(Database& db, Register& reg)
{
    Interner interned;
    ActivityIndex index(reg);
    Status status = readDetailTable<LawfulBasis>(
        db, index,
        QStringLiteral("SELECT activity_id, position, basis, interest, balancing_test_date, purpose_test, "
                       "necessity_test, balancing_test, outcome, reviewer, reference, law, how_obtained, "
                       "how_withdrawn, where_kept FROM activity_basis"),
        [&](const Statement& row) -> Result<LawfulBasis> {
            const QString key = interned.get(row.bytes(2));
            const std::optional<Basis> basis = basisFromKey(key);
            if (!basis) {
                return unknownValue(db, row.text(0), Text::tr("the lawful basis"), key, basisKeyList());
            }
            LawfulBasis b{*basis, row.text(3)};
            b.assessment.date = dateFrom(row.optionalText(4));
            b.assessment.purposeTest = row.text(5);
            b.assessment.necessityTest = row.text(6);
            b.assessment.balancingTest = row.text(7);
            const QString outcomeKey = interned.get(row.bytes(8));
            const std::optional<AssessmentOutcome> outcome = assessmentOutcomeFromKey(outcomeKey);
            if (!outcome) {
                return unknownValue(db, row.text(0), Text::tr("the assessment outcome"), outcomeKey,
                                    assessmentOutcomeKeyList());
            }
            b.assessment.outcome = *outcome;
            b.assessment.reviewer = row.text(9);
            b.assessment.reference = row.text(10);
            b.law = row.text(11);
            b.consent = {row.text(12), row.text(13), row.text(14)};
            return b;
        },
        [&reg](qsizetype activity, LawfulBasis&& basis) { reg.activities[activity].bases.append(std::move(basis)); });
    for (const auto& [table, member] : ActivityTable::kLinks) {
        if (!status) {
            return status;
        }
        status = readDetailTable<QString>(
            db, index, QStringLiteral("SELECT activity_id, position, ref_id FROM %1").arg(QLatin1StringView(table)),
            [&interned](const Statement& row) -> Result<QString> { return interned.get(row.bytes(2)); },
            [&reg, member = member](qsizetype activity, QString&& ref) {
                (reg.activities[activity].*member).append(std::move(ref));
            });
    }
    if (!status) {
        return status;
    }
    return readDetailTable<Transfer>(
        db, index, QStringLiteral("SELECT activity_id, position, country, safeguard FROM activity_transfer"),
        [&interned](const Statement& row) -> Result<Transfer> {
            return Transfer{interned.get(row.bytes(2)), row.text(3)};
        },
        [&reg](qsizetype activity, Transfer&& transfer) {
            reg.activities[activity].transfers.append(std::move(transfer));
        });
}

} // namespace

Result<Register> RegisterReader::read(Database& db)
{
    Register reg;
    Status status = readController(db, reg);
    for (const Catalogue::Kind kind : Catalogue::kinds()) {
        if (!status) {
            break;
        }
        status = db.forEachRow(CatalogueTable::selectSql(kind), [&db, &reg, kind](const Statement& row) -> Status {
            Result<CatalogueEntry> entry = CatalogueTable::read(row, kind, db.path());
            if (!entry) {
                return entry.error();
            }
            Catalogue::insert(reg, entry.value(), Catalogue::count(reg, kind));
            return {};
        });
    }
    if (status) {
        status = readActivities(db, reg);
    }
    if (status) {
        status = readActivityDetails(db, reg);
    }
    if (!status) {
        return status.error();
    }
    return reg;
}

} // namespace ropa::store::sqlcipher
