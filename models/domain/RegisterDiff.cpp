#include "domain/RegisterDiff.h"

#include <QCoreApplication>
#include <QStringList>

namespace ropa {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::RegisterDiff)
};

QString dateWords(const std::optional<QDate>& date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}

QString entryNames(const Register& reg, Catalogue::Kind kind, const QStringList& ids)
{
    QStringList names;
    for (const QString& id : ids) {
        const qsizetype row = Catalogue::indexOf(reg, kind, id);
        names << (row < 0 ? id : Catalogue::name(reg, kind, row));
    }
    return names.join(QStringLiteral(", "));
}

QString pecrWords(const QList<PecrUse>& uses)
{
    QStringList names;
    for (const PecrUse use : uses) {
        names << pecrUseName(use);
    }
    return names.join(QStringLiteral(", "));
}

// The activity's field in words, its catalogue references by the names reg gives them.
QString activityValue(const Register& reg, const Activity& a, const QString& key)
{
    if (key == QLatin1StringView("purpose")) {
        return a.purpose;
    }
    if (key == QLatin1StringView("description")) {
        return a.description;
    }
    if (key == QLatin1StringView("business_function")) {
        return a.businessFunction;
    }
    if (key == QLatin1StringView("bases")) {
        QStringList parts;
        for (const LawfulBasis& basis : a.bases) {
            QString part = basisName(basis.basis);
            if (!basis.interest.isEmpty()) {
                part += QStringLiteral(" (%1)").arg(basis.interest);
            }
            parts << part;
        }
        return parts.join(QStringLiteral("; "));
    }
    if (key == QLatin1StringView("special_condition")) {
        return a.specialCondition.value_or(QString());
    }
    if (key == QLatin1StringView("schedule1_condition")) {
        return a.schedule1Condition;
    }
    if (key == QLatin1StringView("policy_document")) {
        return a.policyDocument;
    }
    if (key == QLatin1StringView("data_categories")) {
        return entryNames(reg, Catalogue::Kind::DataCategories, a.dataCategories);
    }
    if (key == QLatin1StringView("subject_categories")) {
        return entryNames(reg, Catalogue::Kind::Subjects, a.subjectCategories);
    }
    if (key == QLatin1StringView("recipients")) {
        return entryNames(reg, Catalogue::Kind::Recipients, a.recipients);
    }
    if (key == QLatin1StringView("sources")) {
        return entryNames(reg, Catalogue::Kind::Sources, a.sources);
    }
    if (key == QLatin1StringView("retention")) {
        return a.retention ? entryNames(reg, Catalogue::Kind::RetentionRules, {*a.retention}) : QString();
    }
    if (key == QLatin1StringView("transfers")) {
        QStringList parts;
        for (const Transfer& transfer : a.transfers) {
            parts << (transfer.safeguard.isEmpty()
                          ? transfer.country
                          : QStringLiteral("%1 (%2)").arg(transfer.country, transfer.safeguard));
        }
        return parts.join(QStringLiteral("; "));
    }
    if (key == QLatin1StringView("security_measures")) {
        return a.securityMeasures;
    }
    if (key == QLatin1StringView("dpia")) {
        return dpiaStatusName(a.dpia);
    }
    if (key == QLatin1StringView("dpia_screening")) {
        QStringList parts;
        for (const DpiaCriterion criterion : a.dpiaScreening.criteria) {
            parts << dpiaCriterionName(criterion);
        }
        if (a.dpiaScreening.date) {
            parts << Text::tr("screened %1").arg(dateWords(a.dpiaScreening.date));
        }
        if (!a.dpiaScreening.reference.isEmpty()) {
            parts << a.dpiaScreening.reference;
        }
        return parts.join(QStringLiteral("; "));
    }
    if (key == QLatin1StringView("automated_decisions")) {
        const QString status = automatedDecisionStatusName(a.automatedDecisions.status);
        return a.automatedDecisions.safeguards.isEmpty()
            ? status
            : QStringLiteral("%1; %2").arg(status, a.automatedDecisions.safeguards);
    }
    if (key == QLatin1StringView("pecr")) {
        return pecrWords(a.pecr);
    }
    if (key == QLatin1StringView("last_reviewed")) {
        return dateWords(a.lastReviewed);
    }
    if (key == QLatin1StringView("reviewed_by")) {
        return a.reviewedBy;
    }
    return {};
}

void compare(QList<RegisterDiff::FieldChange>& out, const QString& field, const QString& before, const QString& after,
             bool differs)
{
    if (!differs) {
        return;
    }
    // Two values can differ in a detail the words leave out (an assessment's notes, say): say so rather than
    // showing the same words twice.
    out.append({field, before, before == after ? after + Text::tr(" (details changed)") : after});
}

// The ids in the order list gives them, keeping only those both lists hold, so that a place means the same in both.
QStringList commonOrder(const QStringList& ids, const QStringList& others)
{
    QStringList common;
    for (const QString& id : ids) {
        if (others.contains(id)) {
            common << id;
        }
    }
    return common;
}

QString quotedOrNothing(const QString& value)
{
    return value.isEmpty() ? Text::tr("(empty)") : QStringLiteral("'%1'").arg(value);
}

} // namespace

QString RegisterDiff::activityFieldName(const QString& key)
{
    // The audit log names a changed activity's fields with these words (session/AuditAction), so a reviewer reads
    // the same names in the log and in the comparison.
    const std::pair<const char*, const char*> words[] = {
        {"purpose", QT_TRANSLATE_NOOP("AuditAction", "purpose")},
        {"description", QT_TRANSLATE_NOOP("AuditAction", "description")},
        {"business_function", QT_TRANSLATE_NOOP("AuditAction", "business function")},
        {"bases", QT_TRANSLATE_NOOP("AuditAction", "lawful bases")},
        {"special_condition", QT_TRANSLATE_NOOP("AuditAction", "Art. 9/10 condition")},
        {"data_categories", QT_TRANSLATE_NOOP("AuditAction", "personal data")},
        {"subject_categories", QT_TRANSLATE_NOOP("AuditAction", "data subjects")},
        {"recipients", QT_TRANSLATE_NOOP("AuditAction", "recipients")},
        {"sources", QT_TRANSLATE_NOOP("AuditAction", "sources")},
        {"retention", QT_TRANSLATE_NOOP("AuditAction", "retention")},
        {"transfers", QT_TRANSLATE_NOOP("AuditAction", "transfers")},
        {"security_measures", QT_TRANSLATE_NOOP("AuditAction", "security measures")},
        {"dpia", QT_TRANSLATE_NOOP("AuditAction", "DPIA")},
        {"automated_decision_making", QT_TRANSLATE_NOOP("AuditAction", "automated decision-making")},
        {"schedule1_condition", QT_TRANSLATE_NOOP("AuditAction", "Schedule 1 condition")},
        {"policy_document", QT_TRANSLATE_NOOP("AuditAction", "policy document")},
        {"dpia_screening", QT_TRANSLATE_NOOP("AuditAction", "DPIA screening")},
        {"automated_decisions", QT_TRANSLATE_NOOP("AuditAction", "automated decisions")},
        {"pecr", QT_TRANSLATE_NOOP("AuditAction", "PECR uses")},
        {"last_reviewed", QT_TRANSLATE_NOOP("AuditAction", "last review")},
        {"reviewed_by", QT_TRANSLATE_NOOP("AuditAction", "reviewer")},
    };
    for (const auto& [k, text] : words) {
        if (key == QLatin1StringView(k)) {
            return QCoreApplication::translate("AuditAction", text);
        }
    }
    return key;
}

QString RegisterDiff::itemChangeName(ItemChange change)
{
    switch (change) {
    case ItemChange::Added:
        return Text::tr("Added");
    case ItemChange::Removed:
        return Text::tr("Removed");
    case ItemChange::Moved:
        return Text::tr("Moved");
    case ItemChange::Changed:
        return Text::tr("Changed");
    }
    return {};
}

RegisterDiff RegisterDiff::between(const Register& before, const Register& after)
{
    RegisterDiff diff;

    const Controller& a = before.controller;
    const Controller& b = after.controller;
    const std::tuple<const char*, QString, QString> organisation[] = {
        {QT_TRANSLATE_NOOP("ropa::RegisterDiff", "name"), a.name, b.name},
        {QT_TRANSLATE_NOOP("ropa::RegisterDiff", "address"), a.address, b.address},
        {QT_TRANSLATE_NOOP("ropa::RegisterDiff", "email"), a.email, b.email},
        {QT_TRANSLATE_NOOP("ropa::RegisterDiff", "phone"), a.phone, b.phone},
        {QT_TRANSLATE_NOOP("ropa::RegisterDiff", "DPO or privacy contact"), a.dpo, b.dpo},
        {QT_TRANSLATE_NOOP("ropa::RegisterDiff", "representative"), a.representative, b.representative},
        {QT_TRANSLATE_NOOP("ropa::RegisterDiff", "ICO registration number"), a.icoRegistration, b.icoRegistration},
        {QT_TRANSLATE_NOOP("ropa::RegisterDiff", "last review"), dateWords(before.lastReviewed),
         dateWords(after.lastReviewed)},
        {QT_TRANSLATE_NOOP("ropa::RegisterDiff", "reviewer"), before.reviewedBy, after.reviewedBy},
        {QT_TRANSLATE_NOOP("ropa::RegisterDiff", "PECR uses declared"), pecrWords(before.pecrDeclared),
         pecrWords(after.pecrDeclared)},
    };
    for (const auto& [field, old, now] : organisation) {
        compare(diff.m_organisation, Text::tr(field), old, now, old != now);
    }

    QStringList beforeIds;
    for (const Activity& activity : before.activities) {
        beforeIds << activity.id;
    }
    QStringList afterIds;
    for (const Activity& activity : after.activities) {
        afterIds << activity.id;
    }
    const QStringList oldOrder = commonOrder(beforeIds, afterIds);
    const QStringList newOrder = commonOrder(afterIds, beforeIds);
    for (const Activity& old : before.activities) {
        if (!afterIds.contains(old.id)) {
            diff.m_activities.append({ItemChange::Removed, old.id, old.purpose, std::nullopt, {}});
        }
    }
    for (const Activity& now : after.activities) {
        const qsizetype index = before.indexOfActivity(now.id);
        if (index < 0) {
            diff.m_activities.append({ItemChange::Added, now.id, now.purpose, std::nullopt, {}});
            continue;
        }
        const Activity& old = before.activities.at(index);
        Item item{ItemChange::Changed, now.id, now.purpose, std::nullopt, {}};
        for (const QString& key : old.changedFields(now)) {
            compare(item.fields, activityFieldName(key), activityValue(before, old, key),
                    activityValue(after, now, key), true);
        }
        // A change of a catalogue entry's name changes the words of every activity that uses it without changing
        // the activity; the entry's own change says so once.
        const qsizetype oldPlace = oldOrder.indexOf(now.id);
        const qsizetype newPlace = newOrder.indexOf(now.id);
        if (item.fields.isEmpty() && oldPlace != newPlace) {
            item.change = ItemChange::Moved;
            item.fields.append({Text::tr("place"), QString::number(oldPlace + 1), QString::number(newPlace + 1)});
        }
        if (!item.fields.isEmpty()) {
            diff.m_activities.append(item);
        }
    }

    for (const Catalogue::Kind kind : Catalogue::kinds()) {
        const qsizetype oldCount = Catalogue::count(before, kind);
        const qsizetype newCount = Catalogue::count(after, kind);
        for (qsizetype row = 0; row < oldCount; ++row) {
            const QString id = Catalogue::id(before, kind, row);
            if (Catalogue::indexOf(after, kind, id) < 0) {
                diff.m_entries.append({ItemChange::Removed, id, Catalogue::name(before, kind, row), kind, {}});
            }
        }
        for (qsizetype row = 0; row < newCount; ++row) {
            const QString id = Catalogue::id(after, kind, row);
            const qsizetype oldRow = Catalogue::indexOf(before, kind, id);
            if (oldRow < 0) {
                diff.m_entries.append({ItemChange::Added, id, Catalogue::name(after, kind, row), kind, {}});
                continue;
            }
            Item item{ItemChange::Changed, id, Catalogue::name(after, kind, row), kind, {}};
            for (const Catalogue::Field& field : Catalogue::fields(kind)) {
                const QString oldValue = Catalogue::value(before, kind, oldRow, field.key);
                const QString newValue = Catalogue::value(after, kind, row, field.key);
                compare(item.fields, Catalogue::fieldName(kind, field.key).toLower(),
                        Catalogue::displayValue(before, kind, oldRow, field),
                        Catalogue::displayValue(after, kind, row, field), oldValue != newValue);
            }
            if (!item.fields.isEmpty()) {
                diff.m_entries.append(item);
            }
        }
    }
    return diff;
}

bool RegisterDiff::isEmpty() const
{
    return m_organisation.isEmpty() && m_activities.isEmpty() && m_entries.isEmpty();
}

QString RegisterDiff::toText() const
{
    if (isEmpty()) {
        return Text::tr("No differences.\n");
    }
    QString text;
    const auto fieldLine = [](const QString& subject, const FieldChange& field) {
        return Text::tr("%1: %2: %3 -> %4\n")
            .arg(subject, field.field, quotedOrNothing(field.before), quotedOrNothing(field.after));
    };
    for (const FieldChange& field : m_organisation) {
        text += fieldLine(Text::tr("Organisation"), field);
    }
    const auto items = [&](const QList<Item>& list) {
        for (const Item& item : list) {
            QString kindWords = item.kind ? Catalogue::singular(*item.kind) : QString();
            if (!kindWords.isEmpty()) {
                kindWords[0] = kindWords.at(0).toUpper();
            }
            const QString subject = item.kind ? QStringLiteral("%1 '%2'").arg(kindWords, item.name)
                                              : Text::tr("Activity '%1'").arg(item.name);
            if (item.change == ItemChange::Added || item.change == ItemChange::Removed) {
                text += QStringLiteral("%1: %2\n").arg(subject, itemChangeName(item.change).toLower());
                continue;
            }
            for (const FieldChange& field : item.fields) {
                text += fieldLine(subject, field);
            }
        }
    };
    items(m_activities);
    items(m_entries);
    return text;
}

} // namespace ropa
