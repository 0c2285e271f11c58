#include "formats/RegisterJsonReader.h"

#include "core/BoundedFile.h"
#include "formats/InputLimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <vector>

namespace ropa::formats {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::formats::RegisterJsonReader)
};

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return Text::tr("null");
    case QJsonValue::Bool:
        return Text::tr("true or false");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("text");
    case QJsonValue::Array:
        return Text::tr("a list");
    case QJsonValue::Object:
        return Text::tr("an object");
    default:
        return Text::tr("nothing");
    }
}

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString member(const QString& path, const char* key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1StringView(key);
}

QString element(const QString& path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// Fields that hold one line of text (names, ids, countries, periods); every other text field is free text.
qsizetype maxLength(const char* key)
{
    static const QSet<QLatin1StringView> shortKeys = {
        QLatin1StringView("id"),
        QLatin1StringView("name"),
        QLatin1StringView("purpose"),
        QLatin1StringView("country"),
        QLatin1StringView("period"),
        QLatin1StringView("trigger"),
        QLatin1StringView("email"),
        QLatin1StringView("phone"),
        QLatin1StringView("ico_registration"),
        QLatin1StringView("business_function"),
        QLatin1StringView("retention"),
    };
    return shortKeys.contains(QLatin1StringView(key)) ? InputLimits::kMaxShortText : InputLimits::kMaxLongText;
}

// Walks the parsed document, stopping at the first problem and remembering it.
class Walker
{
public:
    // A whole register, or one part of it on its own: then the catalogues an activity refers to are elsewhere, so
    // only the form of its references is checked, and its place is kept elsewhere, so it has no "order".
    enum class Scope { Register, Entry };

    explicit Walker(QString fileLabel, Scope scope = Scope::Register)
        : m_file(std::move(fileLabel))
        , m_scope(scope)
    { }

    using Keys = std::vector<const char*>;

    Result<Register> run(const QJsonObject& root);

    // One part on its own, as it stands in a file; the path of a problem starts inside the value.
    template <typename Part>
    Result<Part> runPart(const QJsonValue& value)
    {
        Part part;
        if (!read(value, part)) {
            return *m_error;
        }
        return part;
    }

private:
    bool fail(const QString& path, const QString& problem)
    {
        if (!m_error) {
            // An empty path is the value itself, when an entry is read on its own.
            m_error = Error{ErrorCode::InvalidInput,
                            m_file + QStringLiteral(": ") + (path.isEmpty() ? QString() : path + QStringLiteral(": ")) +
                                problem};
        }
        return false;
    }

    bool expect(const QJsonValue& value, QJsonValue::Type type, const QString& path, const QString& wanted)
    {
        if (value.type() == type) {
            return true;
        }
        return fail(path, Text::tr("expected %1, found %2.").arg(wanted, typeName(value)));
    }

    bool checkKeys(const QJsonObject& object, const QString& path, const Keys& known, const QString& what)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const bool isKnown = std::any_of(known.begin(), known.end(),
                                             [&it](const char* k) { return it.key() == QLatin1StringView(k); });
            if (!isKnown) {
                QStringList names;
                for (const char* k : known) {
                    names << QString::fromLatin1(k);
                }
                return fail(
                    path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                    Text::tr("unknown field of %1 (known fields: %2).").arg(what, names.join(QStringLiteral(", "))));
            }
        }
        return true;
    }

    bool object(const QJsonValue& value, const QString& path, QJsonObject& out)
    {
        if (!expect(value, QJsonValue::Object, path, Text::tr("an object"))) {
            return false;
        }
        out = value.toObject();
        return true;
    }

    bool array(const QJsonObject& parent, const QString& path, const char* key, QJsonArray& out)
    {
        const QJsonValue value = parent.value(QLatin1StringView(key));
        if (value.isUndefined()) {
            out = {};
            return true;
        }
        if (!expect(value, QJsonValue::Array, member(path, key), Text::tr("a list"))) {
            return false;
        }
        out = value.toArray();
        const qsizetype limit =
            qstrcmp(key, "activities") == 0 ? InputLimits::kMaxActivities : InputLimits::kMaxCatalogueEntries;
        if (out.size() > limit) {
            return fail(member(path, key), InputLimits::tooMany(out.size(), limit));
        }
        return true;
    }

    bool text(const QJsonObject& parent, const QString& path, const char* key, QString& out, bool required = false)
    {
        const QJsonValue value = parent.value(QLatin1StringView(key));
        if (value.isUndefined() && !required) {
            out.clear();
            return true;
        }
        if (value.isUndefined()) {
            return fail(member(path, key), Text::tr("missing; it is required."));
        }
        if (!expect(value, QJsonValue::String, member(path, key), Text::tr("text"))) {
            return false;
        }
        out = value.toString();
        if (out.size() > maxLength(key)) {
            return fail(member(path, key), InputLimits::tooLong(out.size(), maxLength(key)));
        }
        if (required && out.trimmed().isEmpty()) {
            return fail(member(path, key), Text::tr("is empty; it is required."));
        }
        return true;
    }

    bool optionalText(const QJsonObject& parent, const QString& path, const char* key, std::optional<QString>& out)
    {
        const QJsonValue value = parent.value(QLatin1StringView(key));
        if (value.isUndefined() || value.isNull()) {
            out.reset();
            return true;
        }
        if (!expect(value, QJsonValue::String, member(path, key), Text::tr("text or null"))) {
            return false;
        }
        out = value.toString();
        if (out->size() > maxLength(key)) {
            return fail(member(path, key), InputLimits::tooLong(out->size(), maxLength(key)));
        }
        return true;
    }

    bool date(const QJsonObject& parent, const QString& path, const char* key, std::optional<QDate>& out)
    {
        std::optional<QString> raw;
        if (!optionalText(parent, path, key, raw)) {
            return false;
        }
        out.reset();
        if (raw) {
            const QDate parsed = QDate::fromString(*raw, Qt::ISODate);
            if (!parsed.isValid() || raw->size() != 10) {
                return fail(member(path, key), Text::tr("%1 is not a date in the form YYYY-MM-DD.").arg(quoted(*raw)));
            }
            out = parsed;
        }
        return true;
    }

    template <typename Enum, typename FromKey>
    bool enumeration(const QJsonObject& parent, const QString& path, const char* key, Enum& out, Enum fallback,
                     FromKey fromKey, const QString& keyList, const QString& what)
    {
        const QJsonValue value = parent.value(QLatin1StringView(key));
        if (value.isUndefined()) {
            out = fallback;
            return true;
        }
        if (!expect(value, QJsonValue::String, member(path, key), Text::tr("text"))) {
            return false;
        }
        const std::optional<Enum> parsed = fromKey(value.toString());
        if (!parsed) {
            return fail(member(path, key),
                        Text::tr("%1 is not %2 (expected one of %3).").arg(quoted(value.toString()), what, keyList));
        }
        out = *parsed;
        return true;
    }

    // Reads a list of keys of an enumeration; a key listed twice is refused, and the list is kept in the enum's order.
    template <typename Enum, typename FromKey>
    bool enumerationList(const QJsonObject& parent, const QString& path, const char* key, QList<Enum>& out,
                         FromKey fromKey, const QString& keyList, const QString& what)
    {
        out.clear();
        const QJsonValue value = parent.value(QLatin1StringView(key));
        if (value.isUndefined()) {
            return true;
        }
        if (!expect(value, QJsonValue::Array, member(path, key), Text::tr("a list"))) {
            return false;
        }
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPath = element(member(path, key), i);
            if (!expect(items.at(i), QJsonValue::String, itemPath, Text::tr("text"))) {
                return false;
            }
            const std::optional<Enum> parsed = fromKey(items.at(i).toString());
            if (!parsed) {
                return fail(
                    itemPath,
                    Text::tr("%1 is not %2 (expected one of %3).").arg(quoted(items.at(i).toString()), what, keyList));
            }
            if (out.contains(*parsed)) {
                return fail(itemPath, Text::tr("%1 is listed twice.").arg(quoted(items.at(i).toString())));
            }
            out.append(*parsed);
        }
        std::sort(out.begin(), out.end());
        return true;
    }

    // Reads an entry's id, checking its form and that no other entry of the same list has it.
    bool id(const QJsonObject& parent, const QString& path, QHash<QString, QString>& seen, QString& out)
    {
        static const QRegularExpression form(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
        if (!text(parent, path, "id", out, true)) {
            return false;
        }
        if (!form.match(out).hasMatch()) {
            return fail(
                member(path, "id"),
                Text::tr("%1 is not a valid id (use lower-case letters, digits and hyphens).").arg(quoted(out)));
        }
        if (seen.contains(out)) {
            return fail(member(path, "id"), Text::tr("%1 is already the id of %2.").arg(quoted(out), seen.value(out)));
        }
        seen.insert(out, path);
        return true;
    }

    bool references(const QJsonObject& parent, const QString& path, const char* key,
                    const QHash<QString, QString>& targets, const QString& what, QStringList& out)
    {
        QJsonArray items;
        if (!array(parent, path, key, items)) {
            return false;
        }
        out.clear();
        QSet<QString> listed;
        const QString listPath = member(path, key);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPath = element(listPath, i);
            if (!expect(items.at(i), QJsonValue::String, itemPath, Text::tr("an id"))) {
                return false;
            }
            const QString ref = items.at(i).toString();
            if (checksReferences() && !targets.contains(ref)) {
                return fail(itemPath, Text::tr("%1 is not the id of any %2.").arg(quoted(ref), what));
            }
            if (listed.contains(ref)) {
                return fail(itemPath, Text::tr("%1 is listed twice.").arg(quoted(ref)));
            }
            listed.insert(ref);
            out << ref;
        }
        return true;
    }

    bool controller(const QJsonObject& root, Controller& out);
    // The organisation's details, which are fields of the register's top-level object.
    bool organisation(const QJsonObject& root, RegisterChange::UpdateOrganisation& out);
    // Subject categories and sources are an id and a name.
    bool named(const QJsonValue& value, const QString& path, QHash<QString, QString>& ids, const QString& what,
               QString& id, QString& name);
    bool entry(const QJsonValue& value, const QString& path, DataCategory& out);
    bool entry(const QJsonValue& value, const QString& path, SubjectCategory& out);
    bool entry(const QJsonValue& value, const QString& path, Recipient& out);
    bool entry(const QJsonValue& value, const QString& path, Source& out);
    bool entry(const QJsonValue& value, const QString& path, RetentionRule& out);
    template <typename Entry>
    bool entries(const QJsonObject& root, const char* key, QList<Entry>& out);
    bool catalogues(const QJsonObject& root, Register& reg);
    // order is null for an activity on its own, which has none.
    bool activity(const QJsonValue& value, const QString& path, Activity& out, qint64* order);
    bool basis(const QJsonValue& value, const QString& path, LawfulBasis& out);
    bool assessment(const QJsonObject& parent, const QString& path, LegitimateInterestsAssessment& out);
    bool consent(const QJsonObject& parent, const QString& path, ConsentRecord& out);
    bool screening(const QJsonObject& parent, const QString& path, DpiaScreening& out);
    bool decisions(const QJsonObject& parent, const QString& path, AutomatedDecisions& out);
    bool isVersion1() const { return m_version == 1; }
    // An activity read on its own has no "order", as its place is kept elsewhere.
    static Keys withoutOrder(const qint64* order, Keys keys)
    {
        if (!order) {
            std::erase_if(keys, [](const char* key) { return qstrcmp(key, "order") == 0; });
        }
        return keys;
    }
    bool checksReferences() const { return m_scope == Scope::Register; }

    // The parts runPart reads.
    bool read(const QJsonValue& value, Activity& out) { return activity(value, {}, out, nullptr); }
    template <typename Entry>
    bool read(const QJsonValue& value, Entry& out)
    {
        return entry(value, {}, out);
    }
    bool read(const QJsonValue& value, RegisterChange::UpdateOrganisation& out)
    {
        QJsonObject o;
        return object(value, {}, o) &&
            checkKeys(o, {}, {"controller", "last_reviewed", "reviewed_by", "pecr_declared"},
                      Text::tr("the organisation's details")) &&
            organisation(o, out);
    }

    int m_version = RegisterJsonReader::kVersion;

    QString m_file;
    Scope m_scope = Scope::Register;
    std::optional<Error> m_error;
    QHash<QString, QString> m_dataIds;
    QHash<QString, SpecialCategory> m_dataSpecial;
    QHash<QString, QString> m_subjectIds;
    QHash<QString, QString> m_recipientIds;
    QHash<QString, QString> m_sourceIds;
    QHash<QString, QString> m_retentionIds;
    QHash<QString, QString> m_activityIds;
};

bool Walker::controller(const QJsonObject& root, Controller& out)
{
    const QString path = QStringLiteral("controller");
    if (!root.contains(path)) {
        return fail(path, Text::tr("missing; the register needs its controller's details."));
    }
    QJsonObject c;
    return object(root.value(path), path, c) &&
        checkKeys(c, path, {"name", "address", "email", "phone", "dpo", "representative", "ico_registration"},
                  Text::tr("the controller")) &&
        text(c, path, "name", out.name) && text(c, path, "address", out.address) && text(c, path, "email", out.email) &&
        text(c, path, "phone", out.phone) && text(c, path, "dpo", out.dpo) &&
        text(c, path, "representative", out.representative) && text(c, path, "ico_registration", out.icoRegistration);
}

bool Walker::entry(const QJsonValue& value, const QString& path, DataCategory& c)
{
    QJsonObject o;
    if (!object(value, path, o) ||
        !checkKeys(o, path, {"id", "name", "description", "special"}, Text::tr("a data category")) ||
        !id(o, path, m_dataIds, c.id) || !text(o, path, "name", c.name, true) ||
        !text(o, path, "description", c.description) ||
        !enumeration(o, path, "special", c.special, SpecialCategory::None, specialCategoryFromKey,
                     specialCategoryKeyList(), Text::tr("a kind of special data"))) {
        return false;
    }
    m_dataSpecial.insert(c.id, c.special);
    return true;
}

bool Walker::named(const QJsonValue& value, const QString& path, QHash<QString, QString>& ids, const QString& what,
                   QString& id, QString& name)
{
    QJsonObject o;
    return object(value, path, o) && checkKeys(o, path, {"id", "name"}, what) && this->id(o, path, ids, id) &&
        text(o, path, "name", name, true);
}

bool Walker::entry(const QJsonValue& value, const QString& path, SubjectCategory& c)
{
    return named(value, path, m_subjectIds, Text::tr("a subject category"), c.id, c.name);
}

bool Walker::entry(const QJsonValue& value, const QString& path, Recipient& r)
{
    QJsonObject o;
    return object(value, path, o) &&
        checkKeys(o, path,
                  isVersion1() ? Keys{"id", "name", "kind", "country", "purpose"}
                               : Keys{"id", "name", "kind", "country", "purpose", "contract"},
                  Text::tr("a recipient")) &&
        id(o, path, m_recipientIds, r.id) && text(o, path, "name", r.name, true) &&
        enumeration(o, path, "kind", r.kind, RecipientKind::NotRecorded, recipientKindFromKey, recipientKindKeyList(),
                    Text::tr("a kind of recipient")) &&
        text(o, path, "country", r.country) && text(o, path, "purpose", r.purpose) &&
        text(o, path, "contract", r.contract);
}

bool Walker::entry(const QJsonValue& value, const QString& path, Source& s)
{
    return named(value, path, m_sourceIds, Text::tr("a source"), s.id, s.name);
}

bool Walker::entry(const QJsonValue& value, const QString& path, RetentionRule& r)
{
    QJsonObject o;
    if (!object(value, path, o) ||
        !checkKeys(o, path, {"id", "description", "period", "trigger"}, Text::tr("a retention rule")) ||
        !id(o, path, m_retentionIds, r.id) || !text(o, path, "description", r.description, true) ||
        !text(o, path, "period", r.period) || !text(o, path, "trigger", r.trigger)) {
        return false;
    }
    if (!r.period.isEmpty() && !RetentionRule::isValidPeriod(r.period)) {
        return fail(member(path, "period"),
                    Text::tr("%1 is not an ISO 8601 period such as P12M, P6M or P6Y.").arg(quoted(r.period)));
    }
    return true;
}

template <typename Entry>
bool Walker::entries(const QJsonObject& root, const char* key, QList<Entry>& out)
{
    QJsonArray items;
    if (!array(root, {}, key, items)) {
        return false;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        Entry e;
        if (!entry(items.at(i), element(QString::fromLatin1(key), i), e)) {
            return false;
        }
        out.append(e);
    }
    return true;
}

bool Walker::organisation(const QJsonObject& root, RegisterChange::UpdateOrganisation& out)
{
    return controller(root, out.controller) && date(root, {}, "last_reviewed", out.lastReviewed) &&
        text(root, {}, "reviewed_by", out.reviewedBy) &&
        enumerationList(root, {}, "pecr_declared", out.pecrDeclared, pecrUseFromKey, pecrUseKeyList(),
                        Text::tr("a PECR use"));
}

bool Walker::catalogues(const QJsonObject& root, Register& reg)
{
    return entries(root, "data_categories", reg.dataCategories) &&
        entries(root, "subject_categories", reg.subjectCategories) && entries(root, "recipients", reg.recipients) &&
        entries(root, "sources", reg.sources) && entries(root, "retention_rules", reg.retentionRules);
}

bool Walker::basis(const QJsonValue& value, const QString& path, LawfulBasis& out)
{
    QJsonObject o;
    if (!object(value, path, o) ||
        !checkKeys(o, path,
                   isVersion1() ? Keys{"basis", "interest", "balancing_test_date"}
                                : Keys{"basis", "interest", "assessment", "law", "consent"},
                   Text::tr("a lawful basis"))) {
        return false;
    }
    if (!o.contains(QStringLiteral("basis"))) {
        return fail(member(path, "basis"), Text::tr("missing; say which lawful basis this is."));
    }
    if (!enumeration(o, path, "basis", out.basis, Basis::Contract, basisFromKey, basisKeyList(),
                     Text::tr("a lawful basis"))) {
        return false;
    }
    // Each part belongs to one basis; given for another, it is refused rather than dropped.
    const std::pair<const char*, Basis> parts[] = {
        {"interest", Basis::LegitimateInterests},
        {"assessment", Basis::LegitimateInterests},
        {"balancing_test_date", Basis::LegitimateInterests},
        {"law", Basis::LegalObligation},
        {"consent", Basis::Consent},
    };
    for (const auto& [key, owner] : parts) {
        if (owner != out.basis && o.contains(QLatin1StringView(key))) {
            return fail(member(path, key), Text::tr("only a %1 basis has this field.").arg(basisKey(owner)));
        }
    }
    switch (out.basis) {
    case Basis::LegitimateInterests:
        if (isVersion1()) {
            // Version 1 recorded only the date of the balancing test; the outcome was never written down.
            return text(o, path, "interest", out.interest) && date(o, path, "balancing_test_date", out.assessment.date);
        }
        return text(o, path, "interest", out.interest) && assessment(o, path, out.assessment);
    case Basis::LegalObligation:
        return text(o, path, "law", out.law);
    case Basis::Consent:
        return consent(o, path, out.consent);
    default:
        return true;
    }
}

bool Walker::assessment(const QJsonObject& parent, const QString& path, LegitimateInterestsAssessment& out)
{
    const QJsonValue value = parent.value(QStringLiteral("assessment"));
    if (value.isUndefined()) {
        return true;
    }
    const QString at = member(path, "assessment");
    QJsonObject o;
    return object(value, at, o) &&
        checkKeys(o, at,
                  {"purpose_test", "necessity_test", "balancing_test", "outcome", "date", "reviewer", "reference"},
                  Text::tr("a legitimate interests assessment")) &&
        text(o, at, "purpose_test", out.purposeTest) && text(o, at, "necessity_test", out.necessityTest) &&
        text(o, at, "balancing_test", out.balancingTest) &&
        enumeration(o, at, "outcome", out.outcome, AssessmentOutcome::NotRecorded, assessmentOutcomeFromKey,
                    assessmentOutcomeKeyList(), Text::tr("an assessment outcome")) &&
        date(o, at, "date", out.date) && text(o, at, "reviewer", out.reviewer) &&
        text(o, at, "reference", out.reference);
}

bool Walker::consent(const QJsonObject& parent, const QString& path, ConsentRecord& out)
{
    const QJsonValue value = parent.value(QStringLiteral("consent"));
    if (value.isUndefined()) {
        return true;
    }
    const QString at = member(path, "consent");
    QJsonObject o;
    return object(value, at, o) &&
        checkKeys(o, at, {"how_obtained", "how_withdrawn", "where_kept"}, Text::tr("a consent record")) &&
        text(o, at, "how_obtained", out.howObtained) && text(o, at, "how_withdrawn", out.howWithdrawn) &&
        text(o, at, "where_kept", out.whereKept);
}

bool Walker::screening(const QJsonObject& parent, const QString& path, DpiaScreening& out)
{
    const QJsonValue value = parent.value(QStringLiteral("dpia_screening"));
    if (value.isUndefined()) {
        return true;
    }
    const QString at = member(path, "dpia_screening");
    QJsonObject o;
    return object(value, at, o) && checkKeys(o, at, {"criteria", "date", "reference"}, Text::tr("a DPIA screening")) &&
        enumerationList(o, at, "criteria", out.criteria, dpiaCriterionFromKey, dpiaCriterionKeyList(),
                        Text::tr("a DPIA screening criterion")) &&
        date(o, at, "date", out.date) && text(o, at, "reference", out.reference);
}

bool Walker::decisions(const QJsonObject& parent, const QString& path, AutomatedDecisions& out)
{
    const QJsonValue value = parent.value(QStringLiteral("automated_decisions"));
    if (value.isUndefined()) {
        return true;
    }
    const QString at = member(path, "automated_decisions");
    QJsonObject o;
    return object(value, at, o) && checkKeys(o, at, {"status", "safeguards"}, Text::tr("the automated decisions")) &&
        enumeration(o, at, "status", out.status, AutomatedDecisionStatus::NotAssessed, automatedDecisionStatusFromKey,
                    automatedDecisionStatusKeyList(), Text::tr("an automated decisions status")) &&
        text(o, at, "safeguards", out.safeguards);
}

bool Walker::activity(const QJsonValue& value, const QString& path, Activity& a, qint64* order)
{
    QJsonObject o;
    if (!object(value, path, o) ||
        !checkKeys(o, path,
                   withoutOrder(order,
                                isVersion1()
                                    ? Keys{"id", "purpose", "order", "description", "business_function", "bases",
                                           "special_condition", "data_categories", "subject_categories", "recipients",
                                           "sources", "retention", "transfers", "security_measures", "dpia",
                                           "automated_decision_making"}
                                    : Keys{"id",
                                           "purpose",
                                           "order",
                                           "description",
                                           "business_function",
                                           "bases",
                                           "special_condition",
                                           "schedule1_condition",
                                           "policy_document",
                                           "data_categories",
                                           "subject_categories",
                                           "recipients",
                                           "sources",
                                           "retention",
                                           "transfers",
                                           "security_measures",
                                           "dpia",
                                           "dpia_screening",
                                           "automated_decisions",
                                           "pecr",
                                           "last_reviewed",
                                           "reviewed_by"}),
                   Text::tr("an activity")) ||
        !id(o, path, m_activityIds, a.id)) {
        return false;
    }
    if (!o.contains(QStringLiteral("purpose"))) {
        return fail(member(path, "purpose"), Text::tr("missing; every activity needs a purpose."));
    }
    if (!text(o, path, "purpose", a.purpose, true) || !text(o, path, "description", a.description) ||
        !text(o, path, "business_function", a.businessFunction)) {
        return false;
    }
    const QJsonValue orderValue = o.value(QStringLiteral("order"));
    if (order && !orderValue.isUndefined()) {
        if (!expect(orderValue, QJsonValue::Double, member(path, "order"), Text::tr("a whole number"))) {
            return false;
        }
        const double number = orderValue.toDouble();
        // Checked before the cast: converting a double outside qint64 to one is undefined.
        const auto limit = static_cast<double>(InputLimits::kMaxOrder);
        if (!std::isfinite(number) || number < -limit || number > limit) {
            return fail(member(path, "order"),
                        Text::tr("%1 is not a whole number from %2 to %3.")
                            .arg(QString::number(number), InputLimits::number(-InputLimits::kMaxOrder),
                                 InputLimits::number(InputLimits::kMaxOrder)));
        }
        if (number != std::trunc(number)) {
            return fail(member(path, "order"), Text::tr("expected a whole number, found %1.").arg(number));
        }
        *order = static_cast<qint64>(number);
    }

    QJsonArray bases;
    if (!array(o, path, "bases", bases)) {
        return false;
    }
    for (qsizetype i = 0; i < bases.size(); ++i) {
        const QString basisPath = element(member(path, "bases"), i);
        LawfulBasis b;
        if (!basis(bases.at(i), basisPath, b)) {
            return false;
        }
        if (a.hasBasis(b.basis)) {
            return fail(member(basisPath, "basis"), Text::tr("%1 is listed twice.").arg(quoted(basisKey(b.basis))));
        }
        a.bases.append(b);
    }

    if (!optionalText(o, path, "special_condition", a.specialCondition) ||
        !text(o, path, "schedule1_condition", a.schedule1Condition) ||
        !text(o, path, "policy_document", a.policyDocument) ||
        !references(o, path, "data_categories", m_dataIds, Text::tr("data category"), a.dataCategories) ||
        !references(o, path, "subject_categories", m_subjectIds, Text::tr("subject category"), a.subjectCategories) ||
        !references(o, path, "recipients", m_recipientIds, Text::tr("recipient"), a.recipients) ||
        !references(o, path, "sources", m_sourceIds, Text::tr("source"), a.sources) ||
        !optionalText(o, path, "retention", a.retention)) {
        return false;
    }
    if (a.retention && checksReferences() && !m_retentionIds.contains(*a.retention)) {
        return fail(member(path, "retention"),
                    Text::tr("%1 is not the id of any retention rule.").arg(quoted(*a.retention)));
    }

    QJsonArray transfers;
    if (!array(o, path, "transfers", transfers)) {
        return false;
    }
    for (qsizetype i = 0; i < transfers.size(); ++i) {
        const QString transferPath = element(member(path, "transfers"), i);
        QJsonObject t;
        Transfer transfer;
        if (!object(transfers.at(i), transferPath, t) ||
            !checkKeys(t, transferPath, {"country", "safeguard"}, Text::tr("a transfer")) ||
            !text(t, transferPath, "country", transfer.country, true) ||
            !text(t, transferPath, "safeguard", transfer.safeguard)) {
            return false;
        }
        a.transfers.append(transfer);
    }

    if (!text(o, path, "security_measures", a.securityMeasures) ||
        !enumeration(o, path, "dpia", a.dpia, DpiaStatus::NotAssessed, dpiaStatusFromKey, dpiaStatusKeyList(),
                     Text::tr("a DPIA status"))) {
        return false;
    }
    if (!isVersion1()) {
        return screening(o, path, a.dpiaScreening) && decisions(o, path, a.automatedDecisions) &&
            enumerationList(o, path, "pecr", a.pecr, pecrUseFromKey, pecrUseKeyList(), Text::tr("a PECR use")) &&
            date(o, path, "last_reviewed", a.lastReviewed) && text(o, path, "reviewed_by", a.reviewedBy);
    }
    const QJsonValue adm = o.value(QStringLiteral("automated_decision_making"));
    if (!adm.isUndefined()) {
        if (!expect(adm, QJsonValue::Bool, member(path, "automated_decision_making"), Text::tr("true or false"))) {
            return false;
        }
        // false was what version 1 wrote when nobody had said otherwise, so it is no assessment.
        a.automatedDecisions.status =
            adm.toBool() ? AutomatedDecisionStatus::Yes : AutomatedDecisionStatus::NotAssessed;
    }
    // Version 1 had one condition field; for criminal offence data without special category data it held the
    // DPA 2018 Schedule 1 condition, which version 2 keeps in its own field.
    const auto uses = [&a, this](SpecialCategory kind) {
        return std::any_of(a.dataCategories.begin(), a.dataCategories.end(),
                           [&](const QString& ref) { return m_dataSpecial.value(ref) == kind; });
    };
    if (a.specialCondition && !a.specialCondition->isEmpty() && uses(SpecialCategory::Art10) &&
        !uses(SpecialCategory::Art9)) {
        a.schedule1Condition = *a.specialCondition;
        a.specialCondition.reset();
    }
    return true;
}

Result<Register> Walker::run(const QJsonObject& root)
{
    Register reg;
    const bool ok = [&] {
        const QJsonValue format = root.value(QStringLiteral("format"));
        if (format.toString() != QLatin1StringView(RegisterJsonReader::kFormat)) {
            return fail(QStringLiteral("format"),
                        format.isUndefined()
                            ? Text::tr("missing; this is not a RoPA register export.")
                            : Text::tr("%1 is not \"ropa-register\"; this is not a RoPA register export.")
                                  .arg(format.isString() ? quoted(format.toString()) : typeName(format)));
        }
        const QJsonValue version = root.value(QStringLiteral("version"));
        if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != version.toInt()) {
            return fail(QStringLiteral("version"), Text::tr("expected a format version such as 1."));
        }
        if (version.toInt() > RegisterJsonReader::kVersion) {
            return fail(
                QStringLiteral("version"),
                Text::tr(
                    "version %1 is newer than this RoPA Manager reads (up to %2); update RoPA Manager to import it.")
                    .arg(version.toInt())
                    .arg(RegisterJsonReader::kVersion));
        }
        m_version = version.toInt();
        if (!checkKeys(root, {},
                       isVersion1()
                           ? Keys{"format", "version", "controller", "last_reviewed", "data_categories",
                                  "subject_categories", "recipients", "sources", "retention_rules", "activities"}
                           : Keys{"format", "version", "controller", "last_reviewed", "reviewed_by", "pecr_declared",
                                  "data_categories", "subject_categories", "recipients", "sources", "retention_rules",
                                  "activities"},
                       Text::tr("a register"))) {
            return false;
        }
        RegisterChange::UpdateOrganisation details;
        if (!organisation(root, details) || !catalogues(root, reg)) {
            return false;
        }
        reg.controller = std::move(details.controller);
        reg.lastReviewed = details.lastReviewed;
        reg.reviewedBy = std::move(details.reviewedBy);
        reg.pecrDeclared = std::move(details.pecrDeclared);
        QJsonArray activities;
        if (!array(root, {}, "activities", activities)) {
            return false;
        }
        QList<std::pair<qint64, Activity>> ordered;
        for (qsizetype i = 0; i < activities.size(); ++i) {
            Activity a;
            qint64 order = i + 1;
            if (!activity(activities.at(i), element(QStringLiteral("activities"), i), a, &order)) {
                return false;
            }
            ordered.append({order, std::move(a)});
        }
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const auto& left, const auto& right) { return left.first < right.first; });
        for (auto& entry : ordered) {
            reg.activities.append(std::move(entry.second));
        }
        return true;
    }();
    if (!ok) {
        return *m_error;
    }
    return reg;
}

// Line and column (from 1) of a byte offset, as an editor shows them.
std::pair<int, int> lineAndColumn(const QByteArray& json, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const int column = static_cast<int>(QString::fromUtf8(json.mid(lineStart, offset - lineStart)).size()) + 1;
    return {line, column};
}

} // namespace

Result<Register> RegisterJsonReader::read(const QByteArray& json, const QString& fileLabel)
{
    if (json.size() > InputLimits::kMaxRegisterJsonBytes) {
        return Error{ErrorCode::InvalidInput,
                     Text::tr("%1 is %2; at most %3 can be imported.")
                         .arg(fileLabel, BoundedFile::sizeText(json.size()),
                              BoundedFile::sizeText(InputLimits::kMaxRegisterJsonBytes))};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character it could not accept; point at that character.
        const auto [line, column] = lineAndColumn(json, std::max<qsizetype>(0, parseError.offset - 1));
        return Error{ErrorCode::InvalidInput,
                     Text::tr("%1: line %2, column %3: the file is not valid JSON (%4).")
                         .arg(fileLabel)
                         .arg(line)
                         .arg(column)
                         .arg(parseError.errorString())};
    }
    if (!document.isObject()) {
        return Error{
            ErrorCode::InvalidInput,
            Text::tr("%1: the top level is not a JSON object; this is not a RoPA register export.").arg(fileLabel)};
    }
    return Walker(fileLabel).run(document.object());
}

Result<Activity> RegisterJsonReader::readActivity(const QJsonValue& value, const QString& label)
{
    return Walker(label, Walker::Scope::Entry).runPart<Activity>(value);
}

Result<CatalogueEntry> RegisterJsonReader::readEntry(Catalogue::Kind kind, const QJsonValue& value,
                                                     const QString& label)
{
    Walker walker(label, Walker::Scope::Entry);
    const auto wrap = [](auto result) -> Result<CatalogueEntry> {
        if (!result) {
            return result.error();
        }
        return CatalogueEntry(std::move(result.value()));
    };
    switch (kind) {
    case Catalogue::Kind::DataCategories:
        return wrap(walker.runPart<DataCategory>(value));
    case Catalogue::Kind::Subjects:
        return wrap(walker.runPart<SubjectCategory>(value));
    case Catalogue::Kind::Recipients:
        return wrap(walker.runPart<Recipient>(value));
    case Catalogue::Kind::Sources:
        return wrap(walker.runPart<Source>(value));
    case Catalogue::Kind::RetentionRules:
        return wrap(walker.runPart<RetentionRule>(value));
    }
    Q_UNREACHABLE();
}

Result<RegisterChange::UpdateOrganisation> RegisterJsonReader::readOrganisation(const QJsonValue& value,
                                                                                const QString& label)
{
    return Walker(label, Walker::Scope::Entry).runPart<RegisterChange::UpdateOrganisation>(value);
}

Result<Register> RegisterJsonReader::readFile(const QString& path)
{
    const Result<QByteArray> bytes = BoundedFile::read(path, InputLimits::kMaxRegisterJsonBytes);
    if (!bytes) {
        return bytes.error();
    }
    return read(bytes.value(), QDir::toNativeSeparators(path));
}

} // namespace ropa::formats
