#include "domain/Fingerprint.h"

#include <QCryptographicHash>
#include <QStringEncoder>

namespace ropa {

namespace {

// Feeds values to SHA-256 in the encoding docs/file-format.md defines: a text is its UTF-8 length as four bytes
// (big-endian) and then its bytes; a count is four bytes; a flag is one byte; an absent value is the byte 0 and a
// present one the byte 1 followed by the value. The bytes are gathered in a buffer and hashed a block at a time:
// handing the hash each small field on its own cost more than the hashing.
class Encoder
{
public:
    Encoder() { m_buffer.reserve(kFlushAt + 4096); }

    void text(const QString& value)
    {
        // Room for the length and for the worst case of three UTF-8 bytes per UTF-16 unit.
        const qsizetype start = m_buffer.size();
        m_buffer.resize(start + 4 + 3 * value.size());
        char* const lengthAt = m_buffer.data() + start;
        char* const end = m_encoder.appendToBuffer(lengthAt + 4, value);
        putCount(lengthAt, end - lengthAt - 4);
        m_buffer.truncate(end - m_buffer.constData());
        flushIfFull();
    }
    void count(qsizetype n)
    {
        const qsizetype start = m_buffer.size();
        m_buffer.resize(start + 4);
        putCount(m_buffer.data() + start, n);
        flushIfFull();
    }
    void flag(bool on) { m_buffer.append(on ? '\1' : '\0'); }
    void optionalText(const std::optional<QString>& value)
    {
        flag(value.has_value());
        if (value) {
            text(*value);
        }
    }
    void optionalDate(const std::optional<QDate>& date)
    {
        optionalText(date ? std::optional<QString>(date->toString(Qt::ISODate)) : std::nullopt);
    }
    void texts(const QStringList& values)
    {
        count(values.size());
        for (const QString& value : values) {
            text(value);
        }
    }
    template <typename T, typename Each>
    void list(const QList<T>& items, Each each)
    {
        count(items.size());
        for (const T& item : items) {
            each(item);
        }
    }
    void raw(QByteArrayView bytes) { m_buffer.append(bytes); }
    QString result()
    {
        m_hash.addData(m_buffer);
        return QString::fromLatin1(m_hash.result().toHex());
    }

private:
    static constexpr qsizetype kFlushAt = 64 * 1024;

    static void putCount(char* at, qsizetype n)
    {
        const auto v = static_cast<quint32>(n);
        at[0] = static_cast<char>(v >> 24);
        at[1] = static_cast<char>(v >> 16);
        at[2] = static_cast<char>(v >> 8);
        at[3] = static_cast<char>(v);
    }
    void flushIfFull()
    {
        if (m_buffer.size() >= kFlushAt) {
            m_hash.addData(m_buffer);
            m_buffer.resize(0); // keeps its capacity
        }
    }

    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    QByteArray m_buffer;
};

} // namespace

QString Fingerprint::of(const Register& reg)
{
    Encoder e;
    e.raw("ropa-fingerprint");
    e.count(kVersion);

    const Controller& c = reg.controller;
    for (const QString* field :
         {&c.name, &c.address, &c.email, &c.phone, &c.dpo, &c.representative, &c.icoRegistration}) {
        e.text(*field);
    }
    e.optionalDate(reg.lastReviewed);
    e.text(reg.reviewedBy);
    e.list(reg.pecrDeclared, [&e](PecrUse use) { e.text(pecrUseKey(use)); });
    e.list(reg.dataCategories, [&e](const DataCategory& d) {
        e.text(d.id);
        e.text(d.name);
        e.text(d.description);
        e.text(specialCategoryKey(d.special));
    });
    e.list(reg.subjectCategories, [&e](const SubjectCategory& s) {
        e.text(s.id);
        e.text(s.name);
    });
    e.list(reg.recipients, [&e](const Recipient& r) {
        e.text(r.id);
        e.text(r.name);
        e.text(recipientKindKey(r.kind));
        e.text(r.country);
        e.text(r.purpose);
        e.text(r.contract);
    });
    e.list(reg.sources, [&e](const Source& s) {
        e.text(s.id);
        e.text(s.name);
    });
    e.list(reg.retentionRules, [&e](const RetentionRule& r) {
        e.text(r.id);
        e.text(r.description);
        e.text(r.period);
        e.text(r.trigger);
    });
    e.list(reg.activities, [&e](const Activity& a) {
        e.text(a.id);
        e.text(a.purpose);
        e.text(a.description);
        e.text(a.businessFunction);
        e.list(a.bases, [&e](const LawfulBasis& basis) {
            // The parts of a basis that belong to another basis are not part of the register's content (the
            // interchange format has no place for them).
            const LawfulBasis b = basis.normalised();
            e.text(basisKey(b.basis));
            e.text(b.interest);
            const LegitimateInterestsAssessment& lia = b.assessment;
            for (const QString* field : {&lia.purposeTest, &lia.necessityTest, &lia.balancingTest}) {
                e.text(*field);
            }
            e.text(assessmentOutcomeKey(lia.outcome));
            e.optionalDate(lia.date);
            e.text(lia.reviewer);
            e.text(lia.reference);
            e.text(b.law);
            for (const QString* field : {&b.consent.howObtained, &b.consent.howWithdrawn, &b.consent.whereKept}) {
                e.text(*field);
            }
        });
        e.optionalText(a.specialCondition);
        e.text(a.schedule1Condition);
        e.text(a.policyDocument);
        e.texts(a.dataCategories);
        e.texts(a.subjectCategories);
        e.texts(a.recipients);
        e.texts(a.sources);
        e.optionalText(a.retention);
        e.list(a.transfers, [&e](const Transfer& t) {
            e.text(t.country);
            e.text(t.safeguard);
        });
        e.text(a.securityMeasures);
        e.text(dpiaStatusKey(a.dpia));
        e.list(a.dpiaScreening.criteria, [&e](DpiaCriterion c) { e.text(dpiaCriterionKey(c)); });
        e.optionalDate(a.dpiaScreening.date);
        e.text(a.dpiaScreening.reference);
        e.text(automatedDecisionStatusKey(a.automatedDecisions.status));
        e.text(a.automatedDecisions.safeguards);
        e.list(a.pecr, [&e](PecrUse use) { e.text(pecrUseKey(use)); });
        e.optionalDate(a.lastReviewed);
        e.text(a.reviewedBy);
    });
    return e.result();
}

QString Fingerprint::ofVersion1(const Register& reg)
{
    Encoder e;
    e.raw("ropa-fingerprint");
    e.count(1);
    const Controller& c = reg.controller;
    for (const QString* field :
         {&c.name, &c.address, &c.email, &c.phone, &c.dpo, &c.representative, &c.icoRegistration}) {
        e.text(*field);
    }
    e.optionalDate(reg.lastReviewed);
    e.count(reg.dataCategories.size());
    for (const DataCategory& d : reg.dataCategories) {
        e.text(d.id);
        e.text(d.name);
        e.text(d.description);
        e.text(specialCategoryKey(d.special));
    }
    e.count(reg.subjectCategories.size());
    for (const SubjectCategory& s : reg.subjectCategories) {
        e.text(s.id);
        e.text(s.name);
    }
    e.count(reg.recipients.size());
    for (const Recipient& r : reg.recipients) {
        e.text(r.id);
        e.text(r.name);
        e.text(recipientKindKey(r.kind));
        e.text(r.country);
        e.text(r.purpose);
    }
    e.count(reg.sources.size());
    for (const Source& s : reg.sources) {
        e.text(s.id);
        e.text(s.name);
    }
    e.count(reg.retentionRules.size());
    for (const RetentionRule& r : reg.retentionRules) {
        e.text(r.id);
        e.text(r.description);
        e.text(r.period);
        e.text(r.trigger);
    }
    e.count(reg.activities.size());
    for (const Activity& a : reg.activities) {
        e.text(a.id);
        e.text(a.purpose);
        e.text(a.description);
        e.text(a.businessFunction);
        e.count(a.bases.size());
        for (const LawfulBasis& b : a.bases) {
            const bool li = b.basis == Basis::LegitimateInterests;
            e.text(basisKey(b.basis));
            e.text(li ? b.interest : QString());
            e.optionalDate(li ? b.assessment.date : std::nullopt);
        }
        // Schema 3 held a Schedule 1 condition in the one condition column.
        e.optionalText(!a.specialCondition && !a.schedule1Condition.isEmpty()
                           ? std::optional<QString>(a.schedule1Condition)
                           : a.specialCondition);
        e.texts(a.dataCategories);
        e.texts(a.subjectCategories);
        e.texts(a.recipients);
        e.texts(a.sources);
        e.optionalText(a.retention);
        e.count(a.transfers.size());
        for (const Transfer& t : a.transfers) {
            e.text(t.country);
            e.text(t.safeguard);
        }
        e.text(a.securityMeasures);
        e.text(dpiaStatusKey(a.dpia));
        e.flag(a.automatedDecisions.status == AutomatedDecisionStatus::Yes);
    }
    return e.result();
}

} // namespace ropa
