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

} // namespace

QByteArray RegisterJsonWriter::write(const Register& reg)
{
    JsonWriter w;
    w.beginObject();
    w.field("format", QString::fromLatin1(RegisterJsonReader::kFormat));
    w.field("version", qint64{RegisterJsonReader::kVersion});

    w.key("controller");
    w.beginObject();
    w.field("name", reg.controller.name);
    w.field("address", reg.controller.address);
    w.field("email", reg.controller.email);
    w.field("phone", reg.controller.phone);
    w.field("dpo", reg.controller.dpo);
    w.field("representative", reg.controller.representative);
    w.field("ico_registration", reg.controller.icoRegistration);
    w.endObject();
    w.field("last_reviewed", dateText(reg.lastReviewed));
    w.field("reviewed_by", reg.reviewedBy);
    w.field("pecr_declared", keys(reg.pecrDeclared, pecrUseKey));

    w.key("data_categories");
    w.beginArray();
    for (const DataCategory& c : reg.dataCategories) {
        w.beginObject();
        w.field("id", c.id);
        w.field("name", c.name);
        w.field("description", c.description);
        w.field("special", specialCategoryKey(c.special));
        w.endObject();
    }
    w.endArray();

    w.key("subject_categories");
    w.beginArray();
    for (const SubjectCategory& c : reg.subjectCategories) {
        w.beginObject();
        w.field("id", c.id);
        w.field("name", c.name);
        w.endObject();
    }
    w.endArray();

    w.key("recipients");
    w.beginArray();
    for (const Recipient& r : reg.recipients) {
        w.beginObject();
        w.field("id", r.id);
        w.field("name", r.name);
        w.field("kind", recipientKindKey(r.kind));
        w.field("country", r.country);
        w.field("purpose", r.purpose);
        w.field("contract", r.contract);
        w.endObject();
    }
    w.endArray();

    w.key("sources");
    w.beginArray();
    for (const Source& s : reg.sources) {
        w.beginObject();
        w.field("id", s.id);
        w.field("name", s.name);
        w.endObject();
    }
    w.endArray();

    w.key("retention_rules");
    w.beginArray();
    for (const RetentionRule& r : reg.retentionRules) {
        w.beginObject();
        w.field("id", r.id);
        w.field("description", r.description);
        w.field("period", r.period);
        w.field("trigger", r.trigger);
        w.endObject();
    }
    w.endArray();

    w.key("activities");
    w.beginArray();
    qint64 order = 0;
    for (const Activity& a : reg.activities) {
        w.beginObject();
        w.field("id", a.id);
        w.field("purpose", a.purpose);
        w.field("order", ++order);
        w.field("description", a.description);
        w.field("business_function", a.businessFunction);
        w.key("bases");
        w.beginArray();
        for (const LawfulBasis& b : a.bases) {
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
        w.field("special_condition", a.specialCondition);
        w.field("schedule1_condition", a.schedule1Condition);
        w.field("policy_document", a.policyDocument);
        w.field("data_categories", a.dataCategories);
        w.field("subject_categories", a.subjectCategories);
        w.field("recipients", a.recipients);
        w.field("sources", a.sources);
        w.field("retention", a.retention);
        w.key("transfers");
        w.beginArray();
        for (const Transfer& t : a.transfers) {
            w.beginObject();
            w.field("country", t.country);
            w.field("safeguard", t.safeguard);
            w.endObject();
        }
        w.endArray();
        w.field("security_measures", a.securityMeasures);
        w.field("dpia", dpiaStatusKey(a.dpia));
        w.key("dpia_screening");
        w.beginObject();
        w.field("criteria", keys(a.dpiaScreening.criteria, dpiaCriterionKey));
        w.field("date", dateText(a.dpiaScreening.date));
        w.field("reference", a.dpiaScreening.reference);
        w.endObject();
        w.key("automated_decisions");
        w.beginObject();
        w.field("status", automatedDecisionStatusKey(a.automatedDecisions.status));
        w.field("safeguards", a.automatedDecisions.safeguards);
        w.endObject();
        w.field("pecr", keys(a.pecr, pecrUseKey));
        w.field("last_reviewed", dateText(a.lastReviewed));
        w.field("reviewed_by", a.reviewedBy);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.result();
}

} // namespace ropa::formats
