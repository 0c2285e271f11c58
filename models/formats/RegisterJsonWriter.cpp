#include "formats/RegisterJsonWriter.h"

#include "formats/JsonWriter.h"
#include "formats/RegisterJsonReader.h"

namespace ropa::formats {

namespace {
std::optional<QString> dateText(const std::optional<QDate>& date)
{
    return date ? std::optional<QString>(date->toString(Qt::ISODate)) : std::nullopt;
}
template <typename Enum, typename KeyOf>
QStringList keys(const QList<Enum>& values, KeyOf keyOf)
{
    QStringList out;
    for (const Enum value : values) {
        out << keyOf(value);
    }
    return out;
}

void writeObject(JsonWriter& w, const DataCategory& c)
{
    w.beginObject();
    w.field("id", c.id);
    w.field("name", c.name);
    w.field("description", c.description);
    w.field("special", specialCategoryKey(c.special));
    w.endObject();
}

// Subject categories and sources are an id and a name.
void writeNamed(JsonWriter& w, const QString& id, const QString& name)
{
    w.beginObject();
    w.field("id", id);
    w.field("name", name);
    w.endObject();
}

void writeObject(JsonWriter& w, const SubjectCategory& c)
{
    writeNamed(w, c.id, c.name);
}

void writeObject(JsonWriter& w, const Recipient& r)
{
    w.beginObject();
    w.field("id", r.id);
    w.field("name", r.name);
    w.field("kind", recipientKindKey(r.kind));
    w.field("country", r.country);
    w.field("purpose", r.purpose);
    w.field("contract", r.contract);
    w.endObject();
}

void writeObject(JsonWriter& w, const Source& s)
{
    writeNamed(w, s.id, s.name);
}

void writeObject(JsonWriter& w, const RetentionRule& r)
{
    w.beginObject();
    w.field("id", r.id);
    w.field("description", r.description);
    w.field("period", r.period);
    w.field("trigger", r.trigger);
    w.endObject();
}

template <typename Entry>
void writeList(JsonWriter& w, const char* key, const QList<Entry>& entries)
{
    w.key(key);
    w.beginArray();
    for (const Entry& entry : entries) {
        writeObject(w, entry);
    }
    w.endArray();
}

} // namespace

QByteArray RegisterJsonWriter::write(const Register& reg)
{
    JsonWriter w;
    w.beginObject();
    w.field("format", QString::fromLatin1(RegisterJsonReader::kFormat));
    w.field("version", qint64{RegisterJsonReader::kVersion});
    writeOrganisation(w, {reg.controller, reg.lastReviewed, reg.reviewedBy, reg.pecrDeclared});
    writeList(w, "data_categories", reg.dataCategories);
    writeList(w, "subject_categories", reg.subjectCategories);
    writeList(w, "recipients", reg.recipients);
    writeList(w, "sources", reg.sources);
    writeList(w, "retention_rules", reg.retentionRules);

    w.key("activities");
    w.beginArray();
    qint64 order = 0;
    for (const Activity& a : reg.activities) {
        writeActivity(w, a, ++order);
    }
    w.endArray();
    w.endObject();
    return w.result();
}

void RegisterJsonWriter::writeOrganisation(JsonWriter& w, const RegisterChange::UpdateOrganisation& organisation)
{
    const Controller& c = organisation.controller;
    w.key("controller");
    w.beginObject();
    w.field("name", c.name);
    w.field("address", c.address);
    w.field("email", c.email);
    w.field("phone", c.phone);
    w.field("dpo", c.dpo);
    w.field("representative", c.representative);
    w.field("ico_registration", c.icoRegistration);
    w.endObject();
    w.field("last_reviewed", dateText(organisation.lastReviewed));
    w.field("reviewed_by", organisation.reviewedBy);
    w.field("pecr_declared", keys(organisation.pecrDeclared, pecrUseKey));
}

void RegisterJsonWriter::writeEntry(JsonWriter& w, const CatalogueEntry& entry)
{
    std::visit([&w](const auto& e) { writeObject(w, e); }, entry);
}

void RegisterJsonWriter::writeActivity(JsonWriter& w, const Activity& activity, std::optional<qint64> order)
{
    w.beginObject();
    w.field("id", activity.id);
    w.field("purpose", activity.purpose);
    if (order) {
        w.field("order", *order);
    }
    w.field("description", activity.description);
    w.field("business_function", activity.businessFunction);
    w.key("bases");
    w.beginArray();
    for (const LawfulBasis& b : activity.bases) {
        w.beginObject();
        w.field("basis", basisKey(b.basis));
        if (b.basis == Basis::LegitimateInterests) {
            const LegitimateInterestsAssessment& lia = b.assessment;
            w.field("interest", b.interest);
            w.key("assessment");
            w.beginObject();
            w.field("purpose_test", lia.purposeTest);
            w.field("necessity_test", lia.necessityTest);
            w.field("balancing_test", lia.balancingTest);
            w.field("outcome", assessmentOutcomeKey(lia.outcome));
            w.field("date", dateText(lia.date));
            w.field("reviewer", lia.reviewer);
            w.field("reference", lia.reference);
            w.endObject();
        }
        if (b.basis == Basis::LegalObligation) {
            w.field("law", b.law);
        }
        if (b.basis == Basis::Consent) {
            w.key("consent");
            w.beginObject();
            w.field("how_obtained", b.consent.howObtained);
            w.field("how_withdrawn", b.consent.howWithdrawn);
            w.field("where_kept", b.consent.whereKept);
            w.endObject();
        }
        w.endObject();
    }
    w.endArray();
    w.field("special_condition", activity.specialCondition);
    w.field("schedule1_condition", activity.schedule1Condition);
    w.field("policy_document", activity.policyDocument);
    w.field("data_categories", activity.dataCategories);
    w.field("subject_categories", activity.subjectCategories);
    w.field("recipients", activity.recipients);
    w.field("sources", activity.sources);
    w.field("retention", activity.retention);
    w.key("transfers");
    w.beginArray();
    for (const Transfer& t : activity.transfers) {
        w.beginObject();
        w.field("country", t.country);
        w.field("safeguard", t.safeguard);
        w.endObject();
    }
    w.endArray();
    w.field("security_measures", activity.securityMeasures);
    w.field("dpia", dpiaStatusKey(activity.dpia));
    w.key("dpia_screening");
    w.beginObject();
    w.field("criteria", keys(activity.dpiaScreening.criteria, dpiaCriterionKey));
    w.field("date", dateText(activity.dpiaScreening.date));
    w.field("reference", activity.dpiaScreening.reference);
    w.endObject();
    w.key("automated_decisions");
    w.beginObject();
    w.field("status", automatedDecisionStatusKey(activity.automatedDecisions.status));
    w.field("safeguards", activity.automatedDecisions.safeguards);
    w.endObject();
    w.field("pecr", keys(activity.pecr, pecrUseKey));
    w.field("last_reviewed", dateText(activity.lastReviewed));
    w.field("reviewed_by", activity.reviewedBy);
    w.endObject();
}

} // namespace ropa::formats
