#include "report/IcoTemplate.h"

#include "domain/DataSubjectRights.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <optional>

namespace ropa::report {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::report::IcoTemplate)
};

QString listSeparator()
{
    return QStringLiteral("; ");
}

QString orNotRecorded(const QString& text)
{
    return text.trimmed().isEmpty() ? IcoTemplate::notRecorded() : text;
}

QString joinedOrNotRecorded(const QStringList& items)
{
    return orNotRecorded(items.join(listSeparator()));
}

// Lines of one cell, skipping empty ones and repeats (a retention summary may be its description).
QString linesOrNotRecorded(QStringList lines)
{
    lines.removeAll(QString());
    lines.removeDuplicates();
    return orNotRecorded(lines.join(QLatin1Char('\n')));
}

template <typename T>
const T* findById(const QList<T>& items, const QString& id)
{
    const auto it = std::find_if(items.cbegin(), items.cend(), [&id](const T& item) { return item.id == id; });
    return it == items.cend() ? nullptr : &*it;
}

// A reference to an entry the register lacks shows as its id, so a broken link is visible rather than dropped.
template <typename T>
QStringList namesOf(const QList<T>& catalogue, const QStringList& ids)
{
    QStringList names;
    for (const QString& id : ids) {
        const T* item = findById(catalogue, id);
        names << (item ? item->name : id);
    }
    return names;
}

bool usesSpecial(const Register& reg, const Activity& a, SpecialCategory special)
{
    return std::any_of(a.dataCategories.cbegin(), a.dataCategories.cend(), [&](const QString& id) {
        const DataCategory* category = findById(reg.dataCategories, id);
        return category && category->special == special;
    });
}

bool usesArt9OrArt10(const Register& reg, const Activity& a)
{
    return usesSpecial(reg, a, SpecialCategory::Art9) || usesSpecial(reg, a, SpecialCategory::Art10);
}

QString kindWords(RecipientKind kind)
{
    switch (kind) {
    case RecipientKind::Processor:
        return Text::tr("processor");
    case RecipientKind::Controller:
        return Text::tr("controller");
    case RecipientKind::JointController:
        return Text::tr("joint controller");
    case RecipientKind::PublicAuthority:
        return Text::tr("public authority");
    case RecipientKind::Internal:
        return Text::tr("internal");
    case RecipientKind::NotRecorded:
        break;
    }
    return {};
}

QString recipientText(const Recipient& r)
{
    QStringList details{kindWords(r.kind), r.country};
    details.removeAll(QString());
    return details.isEmpty() ? r.name : Text::tr("%1 (%2)").arg(r.name, details.join(QStringLiteral(", ")));
}

// Every recipient, or only those of one kind; an unknown id can only be listed among all of them.
QString recipients(const Register& reg, const Activity& a, std::optional<RecipientKind> only = std::nullopt)
{
    QStringList texts;
    for (const QString& id : a.recipients) {
        const Recipient* r = findById(reg.recipients, id);
        if (!r && !only) {
            texts << id;
        } else if (r && (!only || r->kind == *only)) {
            texts << recipientText(*r);
        }
    }
    return joinedOrNotRecorded(texts);
}

QString personalData(const Register& reg, const Activity& a)
{
    QStringList texts;
    for (const QString& id : a.dataCategories) {
        const DataCategory* c = findById(reg.dataCategories, id);
        if (!c) {
            texts << id;
        } else if (c->special == SpecialCategory::Art9) {
            texts << Text::tr("%1 (special category data)").arg(c->name);
        } else if (c->special == SpecialCategory::Art10) {
            texts << Text::tr("%1 (criminal offence data)").arg(c->name);
        } else {
            texts << c->name;
        }
    }
    return joinedOrNotRecorded(texts);
}

QString thirdCountries(const Activity& a)
{
    QStringList countries;
    for (const Transfer& t : a.transfers) {
        countries << orNotRecorded(t.country);
    }
    return joinedOrNotRecorded(countries);
}

QString safeguards(const Activity& a)
{
    QStringList texts;
    for (const Transfer& t : a.transfers) {
        const QString safeguard = t.safeguard.trimmed().isEmpty() ? Text::tr("no safeguard recorded") : t.safeguard;
        texts << Text::tr("%1: %2").arg(orNotRecorded(t.country), safeguard);
    }
    return joinedOrNotRecorded(texts);
}

QString retention(const Register& reg, const Activity& a)
{
    if (!a.retention) {
        return IcoTemplate::notRecorded();
    }
    const RetentionRule* rule = findById(reg.retentionRules, *a.retention);
    return rule ? linesOrNotRecorded({rule->summary(), rule->description}) : *a.retention;
}

QString lawfulBases(const Activity& a)
{
    QStringList texts;
    for (const LawfulBasis& b : a.bases) {
        QString text = Text::tr("%1 (%2)").arg(basisName(b.basis), basisArticle(b.basis));
        if (b.basis == Basis::LegalObligation && !b.law.trimmed().isEmpty()) {
            text += Text::tr(" under %1").arg(b.law.trimmed());
        }
        texts << text;
    }
    return joinedOrNotRecorded(texts);
}

// Where each processor's Art. 28 contract is, by processor.
QString processorContracts(const Register& reg, const Activity& a)
{
    QStringList texts;
    for (const QString& id : a.recipients) {
        const Recipient* r = findById(reg.recipients, id);
        if (r && r->kind == RecipientKind::Processor) {
            texts << Text::tr("%1: %2").arg(
                r->name, r->contract.trimmed().isEmpty() ? Text::tr("no contract recorded") : r->contract.trimmed());
        }
    }
    return texts.isEmpty() ? IcoTemplate::notApplicable() : texts.join(listSeparator());
}

// Where the legitimate-interests assessment is, or that the register itself holds one.
QString assessmentLink(const Activity& a)
{
    const LawfulBasis* li = a.findBasis(Basis::LegitimateInterests);
    if (!li) {
        return IcoTemplate::notApplicable();
    }
    const LegitimateInterestsAssessment& lia = li->assessment;
    if (!lia.reference.trimmed().isEmpty()) {
        return lia.reference.trimmed();
    }
    if (lia.isEmpty()) {
        return IcoTemplate::notRecorded();
    }
    QString text = Text::tr("In this register (%1)").arg(assessmentOutcomeName(lia.outcome));
    if (lia.date) {
        text += Text::tr(", assessed %1").arg(lia.date->toString(Qt::ISODate));
    }
    if (!lia.reviewer.trimmed().isEmpty()) {
        text += Text::tr(" by %1").arg(lia.reviewer.trimmed());
    }
    return text;
}

QString consentRecord(const Activity& a)
{
    const LawfulBasis* consent = a.findBasis(Basis::Consent);
    if (!consent) {
        return IcoTemplate::notApplicable();
    }
    const ConsentRecord& c = consent->consent;
    const auto line = [](const char* label, const QString& text) {
        return text.trimmed().isEmpty() ? QString() : Text::tr(label).arg(text.trimmed());
    };
    return linesOrNotRecorded({line("Records kept at: %1", c.whereKept), line("Obtained: %1", c.howObtained),
                               line("Withdrawn: %1", c.howWithdrawn)});
}

QString automatedDecisions(const Activity& a)
{
    const AutomatedDecisions& d = a.automatedDecisions;
    const QString status = automatedDecisionStatusName(d.status);
    return d.status == AutomatedDecisionStatus::Yes && !d.safeguards.trimmed().isEmpty()
        ? Text::tr("%1: %2").arg(status, d.safeguards.trimmed())
        : status;
}

QString interestsPursued(const Activity& a)
{
    if (!a.hasBasis(Basis::LegitimateInterests)) {
        return IcoTemplate::notApplicable();
    }
    QStringList texts;
    for (const LawfulBasis& b : a.bases) {
        if (b.basis != Basis::LegitimateInterests) {
            continue;
        }
        const QString test = b.assessment.date
            ? Text::tr("balancing test carried out %1").arg(b.assessment.date->toString(Qt::ISODate))
            : Text::tr("no balancing test recorded");
        texts << Text::tr("%1 (%2)").arg(orNotRecorded(b.interest), test);
    }
    return texts.join(listSeparator());
}

QString dpiaWords(DpiaStatus status)
{
    switch (status) {
    case DpiaStatus::NotAssessed:
        return Text::tr("Not assessed");
    case DpiaStatus::NotNeeded:
        return Text::tr("Not required");
    case DpiaStatus::Needed:
        return Text::tr("Required, not started");
    case DpiaStatus::InProgress:
        return Text::tr("Required, in progress");
    case DpiaStatus::Done:
        return Text::tr("Required, completed");
    }
    return IcoTemplate::notRecorded();
}

QString dpia(const Activity& a)
{
    return linesOrNotRecorded({dpiaWords(a.dpia), a.dpiaScreening.reference.trimmed()});
}

QString specialCondition(const Activity& a, bool applies)
{
    return applies ? orNotRecorded(a.specialCondition.value_or(QString())) : IcoTemplate::notApplicable();
}

// A column the register has no field for: unknown where it applies to the activity, otherwise not applicable.
QString notRecordedOrNotApplicable(bool applies)
{
    return applies ? IcoTemplate::notRecorded() : IcoTemplate::notApplicable();
}

struct Column
{
    const char* title;
    QString (*cell)(const Register&, const Activity&);
};

// Titles and cells side by side, so a row can never fall out of step with the header.
const std::array<Column, 25> kColumns{{
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate", "Business function"),
     [](const Register&, const Activity& a) { return orNotRecorded(a.businessFunction); }},
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate", "Purpose of processing"),
     [](const Register&, const Activity& a) {
         return linesOrNotRecorded({a.purpose, a.description});
     }},
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate", "Joint controller"),
     [](const Register& reg, const Activity& a) { return recipients(reg, a, RecipientKind::JointController); }},
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate", "Categories of individuals"),
     [](const Register& reg, const Activity& a) {
         return joinedOrNotRecorded(namesOf(reg.subjectCategories, a.subjectCategories));
     }},
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate", "Categories of personal data"), personalData},
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate", "Categories of recipients"),
     [](const Register& reg, const Activity& a) { return recipients(reg, a); }},
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate", "Link to contract with processor"), processorContracts},
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate", "Third countries or international organisations"),
     [](const Register&, const Activity& a) { return thirdCountries(a); }},
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate", "Safeguards for exceptional transfers"),
     [](const Register&, const Activity& a) { return safeguards(a); }},
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate", "Retention schedule"), retention},
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate", "General description of security measures"),
     [](const Register&, const Activity& a) { return orNotRecorded(a.securityMeasures); }},
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate", "Article 6 lawful basis"),
     [](const Register&, const Activity& a) { return lawfulBases(a); }},
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate", "Article 9 condition"),
     [](const Register& reg, const Activity& a) {
         return specialCondition(a, usesSpecial(reg, a, SpecialCategory::Art9));
     }},
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate", "Legitimate interests pursued"),
     [](const Register&, const Activity& a) { return interestsPursued(a); }},
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate", "Link to legitimate interests assessment (LIA)"),
     [](const Register&, const Activity& a) { return assessmentLink(a); }},
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate", "Rights available to individuals"),
     [](const Register&, const Activity& a) {
         return DataSubjectRights::names(DataSubjectRights::available(a.bases)).join(listSeparator());
     }},
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate", "Automated decision-making including profiling"),
     [](const Register&, const Activity& a) { return automatedDecisions(a); }},
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate", "Source of the personal data"),
     [](const Register& reg, const Activity& a) { return joinedOrNotRecorded(namesOf(reg.sources, a.sources)); }},
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate", "Link to record of consent"),
     [](const Register&, const Activity& a) { return consentRecord(a); }},
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate", "Location of personal data"),
     [](const Register&, const Activity&) { return IcoTemplate::notRecorded(); }},
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate", "DPIA required / progress / link"),
     [](const Register&, const Activity& a) { return dpia(a); }},
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate", "Personal data breach / link"),
     [](const Register&, const Activity&) { return IcoTemplate::notRecorded(); }},
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate",
                       "DPA 2018 Schedule 1 condition (special category or criminal data)"),
     [](const Register& reg, const Activity& a) {
         // The Schedule 1 condition has its own field; a register kept before it had one may hold it in the
         // Art. 9(2) condition.
         if (!usesArt9OrArt10(reg, a)) {
             return IcoTemplate::notApplicable();
         }
         return a.schedule1Condition.trimmed().isEmpty() ? specialCondition(a, true) : a.schedule1Condition;
     }},
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate", "Link to the appropriate policy document"),
     [](const Register& reg, const Activity& a) {
         return usesArt9OrArt10(reg, a) ? orNotRecorded(a.policyDocument.trimmed()) : IcoTemplate::notApplicable();
     }},
    {QT_TRANSLATE_NOOP("ropa::report::IcoTemplate",
                       "Retained and erased in line with the appropriate policy document (and why not)"),
     [](const Register& reg, const Activity& a) { return notRecordedOrNotApplicable(usesArt9OrArt10(reg, a)); }},
}};

} // namespace

QString IcoTemplate::notRecorded()
{
    return Text::tr("Not recorded");
}

QString IcoTemplate::notApplicable()
{
    return Text::tr("Not applicable");
}

QStringList IcoTemplate::columns()
{
    QStringList titles;
    for (const Column& column : kColumns) {
        titles << Text::tr(column.title);
    }
    return titles;
}

QList<QStringList> IcoTemplate::rows(const Register& reg)
{
    QList<QStringList> result;
    result.reserve(reg.activities.size());
    for (const Activity& activity : reg.activities) {
        QStringList cells;
        for (const Column& column : kColumns) {
            cells << column.cell(reg, activity);
        }
        result << cells;
    }
    return result;
}

QList<QPair<QString, QString>> IcoTemplate::header(const Register& reg)
{
    const Controller& c = reg.controller;
    return {
        {Text::tr("Name"), orNotRecorded(c.name)},
        {Text::tr("Address"), orNotRecorded(c.address)},
        {Text::tr("Email"), orNotRecorded(c.email)},
        {Text::tr("Telephone"), orNotRecorded(c.phone)},
        {Text::tr("DPO or privacy contact"), orNotRecorded(c.dpo)},
        {Text::tr("Representative"), orNotRecorded(c.representative)},
        {Text::tr("ICO registration number"), orNotRecorded(c.icoRegistration)},
    };
}

} // namespace ropa::report
