#include "report/NoticeGaps.h"

#include "domain/InternationalTransfers.h"
#include "domain/RegisterIndex.h"
#include "report/RegisterHtml.h"

#include <QCoreApplication>

namespace ropa::report {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::report::NoticeGaps)
};

bool blank(const QString& text)
{
    return text.trimmed().isEmpty();
}

// The purpose as a quotation inside a sentence: on one line, without its own full stop.
QString quoted(const QString& purpose)
{
    QString text = purpose.simplified();
    while (text.endsWith(QLatin1Char('.'))) {
        text.chop(1);
    }
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

} // namespace

QString NoticeGaps::Gap::sentence() const
{
    return Text::tr("%1 (%2); the notice says '%3'.").arg(missing, article, RegisterHtml::notRecorded());
}

NoticeGaps::NoticeGaps(const Register& reg)
{
    const auto add = [this](Item item, const QString& activityId, const QString& subject, const char* article,
                            const QString& missing) {
        m_gaps.append({item, activityId, subject, QString::fromLatin1(article), missing});
        // Looked up by the notice as it is written, with or without the subject.
        m_keys.insert(key(item, activityId, subject));
        m_keys.insert(key(item, activityId, {}));
    };
    const Controller& c = reg.controller;
    if (blank(c.name)) {
        add(Item::ControllerName, {}, {}, "Article 13(1)(a)",
            Text::tr("the register does not give the organisation's name"));
    }
    if (blank(c.address) && blank(c.email) && blank(c.phone)) {
        add(Item::ControllerContact, {}, {}, "Article 13(1)(a)",
            Text::tr("the register gives no address, email or telephone number to contact the organisation"));
    }
    if (reg.activities.isEmpty()) {
        add(Item::Purposes, {}, {}, "Article 13(1)(c)", Text::tr("the register records no purposes"));
    }

    const RegisterIndex index(reg);
    const auto recipient = [&index](const QString& id) { return index.recipient(id); };
    for (const Activity& a : reg.activities) {
        const QString purpose = quoted(a.purpose);
        if (a.dataCategories.isEmpty()) {
            add(Item::DataCategories, a.id, {}, "Article 14(1)(d)",
                Text::tr("the register does not say what information %1 uses").arg(purpose));
        }
        if (a.bases.isEmpty()) {
            add(Item::LawfulBasis, a.id, {}, "Article 13(1)(c)",
                Text::tr("the register does not say on what lawful basis %1 rests").arg(purpose));
        }
        const LawfulBasis* li = a.findBasis(Basis::LegitimateInterests);
        if (li && blank(li->interest)) {
            add(Item::LegitimateInterest, a.id, {}, "Article 13(1)(d)",
                Text::tr("the register does not say what legitimate interest %1 pursues").arg(purpose));
        }
        for (const Transfer& t : a.transfers) {
            if (blank(t.safeguard) && !InternationalTransfers::isUk(t.country)) {
                add(Item::TransferSafeguard, a.id, t.country.trimmed().toUpper(), "Article 13(1)(f)",
                    Text::tr("the register does not say what protects the information %1 sends to %2")
                        .arg(purpose, InternationalTransfers::countryInSentence(t.country)));
            }
        }
        for (const InternationalTransfers::Unrecorded& u : InternationalTransfers::unrecorded(a, recipient)) {
            add(Item::TransferSafeguard, a.id, u.country, "Article 13(1)(f)",
                Text::tr("the register does not say what protects the information %1 sends to %2 in %3")
                    .arg(purpose, u.recipient->name, InternationalTransfers::countryInSentence(u.country)));
        }
        if (!a.retention || !index.retentionRule(*a.retention)) {
            add(Item::Retention, a.id, {}, "Article 13(2)(a)",
                Text::tr("the register does not say how long the information used for %1 is kept").arg(purpose));
        }
        if (a.automatedDecisions.status == AutomatedDecisionStatus::NotAssessed) {
            add(Item::AutomatedDecisions, a.id, {}, "Article 13(2)(f)",
                Text::tr("the register does not say whether %1 makes decisions about people by automated means alone")
                    .arg(purpose));
        } else if (a.automatedDecisions.status == AutomatedDecisionStatus::Yes &&
                   blank(a.automatedDecisions.safeguards)) {
            add(Item::AutomatedDecisionSafeguards, a.id, {}, "Article 13(2)(f)",
                Text::tr("the register does not say how people can challenge the automated decisions of %1")
                    .arg(purpose));
        }
        if (a.sources.isEmpty()) {
            add(Item::Sources, a.id, {}, "Article 14(2)(f)",
                Text::tr("the register does not say where the information for %1 comes from").arg(purpose));
        }
    }
    for (const RetentionRule& r : reg.retentionRules) {
        if (blank(r.period) && blank(r.trigger) && blank(r.description)) {
            add(Item::Retention, {}, r.id, "Article 13(2)(a)",
                Text::tr("the register's retention rule '%1' gives neither a period nor an event").arg(r.id));
        }
    }
}

QString NoticeGaps::key(Item item, const QString& activityId, const QString& subject)
{
    return QString::number(static_cast<int>(item)) + QLatin1Char('\n') + activityId + QLatin1Char('\n') + subject;
}

bool NoticeGaps::has(Item item, const QString& activityId, const QString& subject) const
{
    return m_keys.contains(key(item, activityId, subject));
}

} // namespace ropa::report
