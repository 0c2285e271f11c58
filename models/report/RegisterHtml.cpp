#include "report/RegisterHtml.h"

#include "checks/Checker.h"
#include "checks/RuleSet.h"
#include "domain/DataSubjectRights.h"
#include "report/MatrixDocument.h"

#include <QCoreApplication>
#include <QLocale>

namespace ropa::report {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::report::RegisterHtml)
};

QString escaped(const QString& text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return html;
}

QString heading(int level, const QString& text)
{
    return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(escaped(text));
}

// The first and last position of each run of consecutive activity positions.
QList<std::pair<qsizetype, qsizetype>> runsOf(const QList<qsizetype>& indices)
{
    QList<std::pair<qsizetype, qsizetype>> runs;
    for (qsizetype i = 0; i < indices.size();) {
        qsizetype j = i;
        while (j + 1 < indices.size() && indices.at(j + 1) == indices.at(j) + 1) {
            ++j;
        }
        runs.append({indices.at(i), indices.at(j)});
        i = j + 1;
    }
    return runs;
}

QString sectionLink(qsizetype index)
{
    return QStringLiteral("<a href=\"#") + RegisterHtml::activityAnchor(index) +
        QStringLiteral("\">2.%1</a>").arg(index + 1);
}

// Activity positions as the section numbers of part 2, runs folded and each number linked to its section:
// "2.1-2.3, 2.7". Listing purposes here instead would repeat the whole register once per recipient.
QString sectionNumbers(const QList<qsizetype>& indices)
{
    QStringList parts;
    for (const auto& [first, last] : runsOf(indices)) {
        parts << (first == last ? sectionLink(first) : sectionLink(first) + QChar(0x2013) + sectionLink(last));
    }
    return parts.join(QStringLiteral(", "));
}

QString link(const QString& anchor, const QString& html)
{
    return QStringLiteral("<a href=\"#") + anchor + QStringLiteral("\">") + html + QStringLiteral("</a>");
}

} // namespace

RegisterHtml::RegisterHtml(const Register& reg, const DocumentInfo& info)
    : m_register(reg)
    , m_info(info)
    , m_index(reg)
    , m_matrix(reg)
    , m_findings(checks::Checker::run(reg, {info.produced.toUTC().date()}))
{ }

QString RegisterHtml::title()
{
    return Text::tr("Record of Processing Activities");
}

QString RegisterHtml::notRecorded()
{
    return Text::tr("Not recorded");
}

QString RegisterHtml::partAnchor(Part part)
{
    switch (part) {
    case Part::Matrix:
        return QStringLiteral("part-matrix");
    case Part::Activities:
        return QStringLiteral("part-activities");
    case Part::Recipients:
        return QStringLiteral("part-recipients");
    case Part::Retention:
        return QStringLiteral("part-retention");
    case Part::Transfers:
        return QStringLiteral("part-transfers");
    case Part::Findings:
        return QStringLiteral("part-findings");
    case Part::ReferenceIndex:
        return QStringLiteral("part-index");
    }
    return {};
}

QString RegisterHtml::activityAnchor(qsizetype index)
{
    return QStringLiteral("activity-%1").arg(index + 1);
}

QString RegisterHtml::recipientIndexAnchor(qsizetype position)
{
    return QStringLiteral("index-recipient-%1").arg(position);
}

QString RegisterHtml::retentionIndexAnchor(qsizetype position)
{
    return QStringLiteral("index-retention-%1").arg(position);
}

QString RegisterHtml::noRetentionIndexAnchor()
{
    return QStringLiteral("index-no-retention");
}

QString RegisterHtml::anchorTarget(const QString& name)
{
    return QStringLiteral("<a name=\"") + name + QStringLiteral("\"></a>");
}

QString RegisterHtml::styleSheet()
{
    // 9 pt text and 8 pt tables on the 267 mm of an A4 landscape page, the headings a quiet blue. Lengths other than
    // font sizes are in px: QTextDocument ignores margins given in pt.
    return QStringLiteral(
               "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #1a1a1a; }"
               "h1 { font-size: 20pt; font-weight: bold; color: #17324d; margin-top: 0; margin-bottom: 8px; }"
               "h1.title { font-size: 22pt; margin-top: 56px; margin-bottom: 10px; }"
               "h2 { font-size: 13pt; font-weight: bold; color: #17324d; margin-top: 4px; margin-bottom: 8px; }"
               "h2.cover { font-size: 11pt; margin-top: 28px; margin-bottom: 6px; }"
               "h3 { font-size: 10.5pt; font-weight: bold; color: #17324d; margin-top: 4px; margin-bottom: 7px; }"
               "hr { margin-top: 14px; margin-bottom: 0; }"
               "p { margin-top: 0; margin-bottom: 5px; }"
               "p.subtitle { font-size: 12pt; color: #4a5a6a; margin-bottom: 24px; }"
               "p.note { color: #4a5a6a; font-size: 8pt; }"
               "table.fields td.label { font-weight: bold; color: #33475b; }"
               "table.fields td { border-bottom: 1px solid #c8d0d8; vertical-align: top; }"
               "p.field { margin-left: %1px; text-indent: -%1px; white-space: pre-wrap; margin-bottom: 4px; }"
               "p.field b { color: #33475b; }"
               "p.index-entry { margin-top: 8px; margin-bottom: 2px; }"
               "p.references { font-size: 7.5pt; color: #33475b; margin-left: 18px; margin-bottom: 4px; }"
               "code { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; }")
               .arg(kLabelWidth) +
        tableStyleSheet();
}

QString RegisterHtml::tableStyleSheet()
{
    // The links of the contents and of the "used by" lists read as text on paper. An activity's contents entry hangs
    // its wrapped lines under its title, past the section number.
    return QStringLiteral("a { color: #1a1a1a; text-decoration: none; }"
                          "table.grid th { background-color: #e8edf2; text-align: left; font-weight: bold; "
                          "font-size: 8pt; border-bottom: 1px solid #17324d; }"
                          "table.grid td { font-size: 8pt; border-bottom: 1px solid #c8d0d8; vertical-align: top; }"
                          "td.marker { text-align: center; font-weight: bold; }"
                          "table.grid th.marker { text-align: center; }"
                          "td.page { text-align: right; }"
                          "td.level1 { padding-left: 18px; }"
                          "p.contents { margin-top: 1px; margin-bottom: 1px; margin-right: 60px; }"
                          "p.level0 { margin-top: 6px; }"
                          "p.level1 { margin-left: 50px; text-indent: -32px; }"
                          ".missing { color: #8a5a00; font-style: italic; }");
}

QString RegisterHtml::textOrNotRecorded(const QString& text) const
{
    if (text.trimmed().isEmpty()) {
        return QStringLiteral("<span class=\"missing\">") + notRecorded() + QStringLiteral("</span>");
    }
    return escaped(text);
}

QString RegisterHtml::listOrNotRecorded(const QStringList& items) const
{
    return textOrNotRecorded(items.join(QStringLiteral("; ")));
}

QString RegisterHtml::row(const QString& label, const QString& valueHtml) const
{
    return QStringLiteral("<tr><td class=\"label\" width=\"24%\">") + escaped(label) +
        QStringLiteral("</td><td width=\"76%\">") + valueHtml + QStringLiteral("</td></tr>");
}

QString RegisterHtml::fieldRow(const QString& label, const QString& valueHtml) const
{
    // A hanging indent and one tab stop give label and value two columns without a table, which lays out
    // several times faster; the PDF sets the tab stop to kLabelWidth.
    return QStringLiteral("<p class=\"field\"><b>") + escaped(label) + QStringLiteral("</b>\t") + valueHtml +
        QStringLiteral("</p>");
}

QString RegisterHtml::cover() const
{
    const Controller& c = m_register.controller;
    QString html = QStringLiteral("<h1 class=\"title\">") + escaped(title()) + QStringLiteral("</h1>");
    html += QStringLiteral("<p class=\"subtitle\">") +
        escaped(Text::tr("Article 30(1) UK GDPR and GDPR: record kept by %1")
                    .arg(c.name.isEmpty() ? notRecorded() : c.name)) +
        QStringLiteral("</p>");
    html += QStringLiteral("<h2 class=\"cover\">") + escaped(Text::tr("Controller (Article 30(1)(a))")) +
        QStringLiteral("</h2>");
    html += QStringLiteral("<table class=\"fields\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
    html += row(Text::tr("Controller"), textOrNotRecorded(c.name));
    html += row(Text::tr("Address"), textOrNotRecorded(c.address));
    html += row(Text::tr("Email"), textOrNotRecorded(c.email));
    html += row(Text::tr("Telephone"), textOrNotRecorded(c.phone));
    html += row(Text::tr("DPO or privacy contact"), textOrNotRecorded(c.dpo));
    html += row(Text::tr("UK/EU representative"), textOrNotRecorded(c.representative));
    html += row(Text::tr("ICO registration number"), textOrNotRecorded(c.icoRegistration));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h2 class=\"cover\">") + escaped(Text::tr("This document")) + QStringLiteral("</h2>");
    html += QStringLiteral("<table class=\"fields\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
    html += row(Text::tr("Date produced"),
                escaped(QLocale(QLocale::English, QLocale::UnitedKingdom)
                            .toString(m_info.produced.toUTC(), QStringLiteral("d MMMM yyyy, HH:mm 'UTC'"))));
    html += row(Text::tr("Register version"), escaped(QString::number(m_info.revision)));
    html +=
        row(Text::tr("Last reviewed"),
            m_register.lastReviewed ? escaped(m_register.lastReviewed->toString(Qt::ISODate)) : textOrNotRecorded({}));
    html += row(Text::tr("Processing activities"), escaped(QString::number(m_register.activities.size())));
    html += row(Text::tr("Open findings"), escaped(findingsInWords()));
    html += row(Text::tr("Fingerprint (SHA-256)"),
                QStringLiteral("<code>") + escaped(m_info.fingerprint) + QStringLiteral("</code>"));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p class=\"note\">") +
        escaped(Text::tr(
            "The fingerprint identifies the exact content of the register this document was produced from: "
            "the same content always gives the same fingerprint, and any change gives another.")) +
        QStringLiteral("</p>");
    return html;
}

QList<RegisterHtml::ContentsEntry> RegisterHtml::contentsEntries() const
{
    QList<ContentsEntry> entries;
    entries.append({Text::tr("1. Lawful-basis matrix"), 0, 0, partAnchor(Part::Matrix)});
    entries.append({Text::tr("2. Processing activities"), 0, 0, partAnchor(Part::Activities)});
    for (qsizetype i = 0; i < m_register.activities.size(); ++i) {
        entries.append({activityHeading(i), 1, 0, activityAnchor(i)});
    }
    entries.append({Text::tr("3. Recipients"), 0, 0, partAnchor(Part::Recipients)});
    entries.append({Text::tr("4. Retention rules"), 0, 0, partAnchor(Part::Retention)});
    entries.append({Text::tr("5. International transfers"), 0, 0, partAnchor(Part::Transfers)});
    if (m_info.withFindings) {
        entries.append({Text::tr("6. Findings"), 0, 0, partAnchor(Part::Findings)});
    }
    if (hasReferenceIndex()) {
        entries.append({referenceIndexTitle(), 0, 0, partAnchor(Part::ReferenceIndex)});
    }
    return entries;
}

QString RegisterHtml::contentsHeading() const
{
    return heading(2, Text::tr("Contents"));
}

QString RegisterHtml::contentsLine(const ContentsEntry& entry) const
{
    const QString title = link(entry.anchor, escaped(entry.title));
    return QStringLiteral("<p class=\"contents level%1\">").arg(entry.level) +
        (entry.level == 0 ? QStringLiteral("<b>") + title + QStringLiteral("</b>") : title) + QStringLiteral("</p>");
}

DocumentPart RegisterHtml::contentsPart(const QList<ContentsEntry>& entries) const
{
    DocumentPart part{contentsHeading(), {}, {}};
    part.table.cssClass = QStringLiteral("contents");
    part.table.widths = {92, 8};
    for (const ContentsEntry& e : entries) {
        const QString title = link(e.anchor, escaped(e.title));
        part.table.rows.append({e.level == 0 ? QStringLiteral("<b>") + title + QStringLiteral("</b>") : title,
                                e.page > 0 ? QString::number(e.page) : QString()});
        part.table.rowCss.append({QStringLiteral("level%1").arg(e.level), QStringLiteral("page")});
    }
    return part;
}

DocumentPart RegisterHtml::matrixPart() const
{
    // The grid carries the markers; the asterisk list itself is in the privacy notice, so it is not repeated here.
    DocumentPart part{anchorTarget(partAnchor(Part::Matrix)) + heading(2, Text::tr("1. Lawful-basis matrix")) +
                          QStringLiteral("<p>") +
                          escaped(Text::tr("Each processing purpose and the lawful bases of Article 6(1) it relies on, "
                                           "with the markers a privacy notice prints after it.")) +
                          QStringLiteral("</p>"),
                      MatrixDocument::grid(m_register, true),
                      {}};
    for (const Basis basis : m_matrix.markedBases()) {
        part.tail += QStringLiteral("<p class=\"note\">") + escaped(m_matrix.legendLine(basis).simplified()) +
            QStringLiteral("</p>");
    }
    return part;
}

QString RegisterHtml::activityHeading(qsizetype index) const
{
    return QStringLiteral("2.%1 ").arg(index + 1) + m_register.activities.at(index).purpose.simplified();
}

QString RegisterHtml::basesHtml(const Activity& a) const
{
    QStringList lines;
    for (const LawfulBasis& b : a.bases) {
        const bool law = b.basis == Basis::LegalObligation && !b.law.trimmed().isEmpty();
        QString line = escaped(basisName(b.basis) + QStringLiteral(" (") +
                               (law ? b.law.trimmed() + QStringLiteral(", ") : QString()) + basisArticle(b.basis) +
                               QLatin1Char(')'));
        if (b.basis == Basis::LegitimateInterests) {
            const LegitimateInterestsAssessment& lia = b.assessment;
            line += QStringLiteral("<br/>") + escaped(Text::tr("Interest pursued: ")) + textOrNotRecorded(b.interest);
            line += QStringLiteral("<br/>") + escaped(Text::tr("Legitimate interests assessment: ")) +
                escaped(assessmentOutcomeName(lia.outcome));
            line += QStringLiteral("<br/>") + escaped(Text::tr("Assessed on: ")) +
                (lia.date ? escaped(lia.date->toString(Qt::ISODate)) : textOrNotRecorded({}));
            line += QStringLiteral("<br/>") + escaped(Text::tr("Reviewer: ")) + textOrNotRecorded(lia.reviewer);
            line +=
                QStringLiteral("<br/>") + escaped(Text::tr("Assessment kept at: ")) + textOrNotRecorded(lia.reference);
        }
        if (b.basis == Basis::Consent) {
            line += QStringLiteral("<br/>") + escaped(Text::tr("How consent is obtained: ")) +
                textOrNotRecorded(b.consent.howObtained);
            line += QStringLiteral("<br/>") + escaped(Text::tr("How it is withdrawn: ")) +
                textOrNotRecorded(b.consent.howWithdrawn);
            line += QStringLiteral("<br/>") + escaped(Text::tr("Consent records kept at: ")) +
                textOrNotRecorded(b.consent.whereKept);
        }
        lines << line;
    }
    return lines.isEmpty() ? textOrNotRecorded({}) : lines.join(QStringLiteral("<br/>"));
}

QString RegisterHtml::specialConditionHtml(const Activity& a) const
{
    if (!m_index.usesSpecialData(a)) {
        return a.specialCondition && !a.specialCondition->isEmpty()
            ? escaped(*a.specialCondition)
            : escaped(Text::tr("Not applicable: no special category or criminal offence data"));
    }
    return textOrNotRecorded(a.specialCondition.value_or(QString()));
}

QString RegisterHtml::dataCategoriesHtml(const Activity& a) const
{
    QStringList names;
    for (const QString& id : a.dataCategories) {
        const DataCategory* c = m_index.dataCategory(id);
        if (!c) {
            continue;
        }
        names << (c->special == SpecialCategory::None
                      ? c->name
                      : c->name + QStringLiteral(" [") + specialCategoryName(c->special) + QLatin1Char(']'));
    }
    return listOrNotRecorded(names);
}

QString RegisterHtml::recipientsHtml(const Activity& a) const
{
    // Grouped by kind, as Art. 30(1)(d) asks for categories of recipients.
    QStringList groups;
    for (const RecipientKind kind :
         {RecipientKind::Internal, RecipientKind::Processor, RecipientKind::Controller, RecipientKind::JointController,
          RecipientKind::PublicAuthority, RecipientKind::NotRecorded}) {
        QStringList names;
        for (const QString& id : a.recipients) {
            const Recipient* r = m_index.recipient(id);
            if (r && r->kind == kind) {
                names << (r->country.isEmpty() ? r->name
                                               : r->name + QStringLiteral(" (") + r->country + QLatin1Char(')'));
            }
        }
        if (!names.isEmpty()) {
            const QString label =
                kind == RecipientKind::NotRecorded ? Text::tr("Kind not recorded") : recipientKindName(kind);
            groups << QStringLiteral("<i>") + escaped(label) + QStringLiteral(":</i> ") +
                    escaped(names.join(QStringLiteral("; ")));
        }
    }
    return groups.isEmpty() ? textOrNotRecorded({}) : groups.join(QStringLiteral("<br/>"));
}

QString RegisterHtml::retentionHtml(const Activity& a) const
{
    const RetentionRule* rule = a.retention ? m_index.retentionRule(*a.retention) : nullptr;
    if (!rule) {
        return textOrNotRecorded({});
    }
    const QString summary = rule->summary();
    return summary == rule->description ? escaped(summary)
                                        : escaped(summary) + QStringLiteral("<br/>") + escaped(rule->description);
}

QString RegisterHtml::transfersHtml(const Activity& a) const
{
    QStringList lines;
    for (const Transfer& t : a.transfers) {
        lines << escaped(t.country) + QStringLiteral(": ") + textOrNotRecorded(t.safeguard);
    }
    return lines.isEmpty() ? textOrNotRecorded({}) : lines.join(QStringLiteral("<br/>"));
}

QString RegisterHtml::activitySection(qsizetype index) const
{
    const Activity& a = m_register.activities.at(index);
    QString html;
    if (index == 0) {
        html += anchorTarget(partAnchor(Part::Activities)) + heading(2, Text::tr("2. Processing activities")) +
            QStringLiteral("<p>") +
            escaped(Text::tr(
                "Each section is one purpose of processing (Article 30(1)(b)); the letters after the labels "
                "name the other items of Article 30(1) they record.")) +
            QStringLiteral("</p>");
    }
    // The rule sets each activity apart from the one before it; the anchor is what its references link to.
    html += QStringLiteral("<hr/><h3>") + anchorTarget(activityAnchor(index)) + escaped(activityHeading(index)) +
        QStringLiteral("</h3>");
    QStringList subjects;
    for (const QString& id : a.subjectCategories) {
        if (const SubjectCategory* c = m_index.subjectCategory(id)) {
            subjects << c->name;
        }
    }
    QStringList sources;
    for (const QString& id : a.sources) {
        if (const Source* s = m_index.source(id)) {
            sources << s->name;
        }
    }
    html += fieldRow(Text::tr("Description"), textOrNotRecorded(a.description));
    html += fieldRow(Text::tr("Business function"), textOrNotRecorded(a.businessFunction));
    html += fieldRow(Text::tr("Lawful basis (Article 6)"), basesHtml(a));
    html += fieldRow(Text::tr("Article 9 / 10 condition"), specialConditionHtml(a));
    html += fieldRow(Text::tr("Data subjects (c)"), listOrNotRecorded(subjects));
    html += fieldRow(Text::tr("Personal data (c)"), dataCategoriesHtml(a));
    html += fieldRow(Text::tr("Recipients (d)"), recipientsHtml(a));
    html += fieldRow(Text::tr("Sources"), listOrNotRecorded(sources));
    html += fieldRow(Text::tr("Transfers (e)"), transfersHtml(a));
    html += fieldRow(Text::tr("Retention (f)"), retentionHtml(a));
    html += fieldRow(Text::tr("Security measures (g)"), textOrNotRecorded(a.securityMeasures));
    html += fieldRow(Text::tr("DPIA"),
                     a.dpia == DpiaStatus::NotAssessed ? textOrNotRecorded({}) : escaped(dpiaStatusName(a.dpia)));
    html +=
        fieldRow(Text::tr("Automated decisions"), escaped(automatedDecisionStatusName(a.automatedDecisions.status)));
    // The accountability records show where they are kept, so a register that does not keep them reads as before.
    if (!a.automatedDecisions.safeguards.trimmed().isEmpty()) {
        html += fieldRow(Text::tr("Automated decision safeguards"), escaped(a.automatedDecisions.safeguards));
    }
    if (!a.schedule1Condition.trimmed().isEmpty()) {
        html += fieldRow(Text::tr("DPA 2018 Schedule 1 condition"), escaped(a.schedule1Condition));
    }
    if (!a.policyDocument.trimmed().isEmpty()) {
        html += fieldRow(Text::tr("Appropriate policy document"), escaped(a.policyDocument));
    }
    const DpiaScreening& screening = a.dpiaScreening;
    if (!screening.criteria.isEmpty() || screening.date || !screening.reference.trimmed().isEmpty()) {
        QStringList ticked;
        for (const DpiaCriterion criterion : screening.criteria) {
            ticked << dpiaCriterionName(criterion);
        }
        QString text = escaped(ticked.isEmpty() ? Text::tr("No criterion ticked") : ticked.join(QStringLiteral("; ")));
        if (screening.date) {
            text +=
                QStringLiteral("<br/>") + escaped(Text::tr("Screened on: ") + screening.date->toString(Qt::ISODate));
        }
        if (!screening.reference.trimmed().isEmpty()) {
            text += QStringLiteral("<br/>") + escaped(Text::tr("DPIA kept at: ") + screening.reference);
        }
        html += fieldRow(Text::tr("DPIA screening"), text);
    }
    if (a.lastReviewed || !a.reviewedBy.trimmed().isEmpty()) {
        html += fieldRow(Text::tr("Last reviewed"),
                         escaped((a.lastReviewed ? a.lastReviewed->toString(Qt::ISODate) : Text::tr("Not recorded")) +
                                 (a.reviewedBy.trimmed().isEmpty() ? QString() : Text::tr(" by ") + a.reviewedBy)));
    }
    html +=
        fieldRow(Text::tr("Rights available"),
                 escaped(DataSubjectRights::names(DataSubjectRights::available(a.bases)).join(QStringLiteral("; "))));
    return html;
}

DocumentPart RegisterHtml::recipientsPart() const
{
    DocumentPart part{anchorTarget(partAnchor(Part::Recipients)) + heading(2, Text::tr("3. Recipients")), {}, {}};
    if (m_register.recipients.isEmpty()) {
        part.tail = QStringLiteral("<p>") + textOrNotRecorded({}) + QStringLiteral("</p>");
        return part;
    }
    part.table.headers = {Text::tr("Recipient"), Text::tr("Kind"), Text::tr("Country"), Text::tr("Purpose"),
                          Text::tr("Used by activities")};
    part.table.widths = {26, 12, 7, 35, 20};
    for (qsizetype position = 1; position <= m_register.recipients.size(); ++position) {
        const Recipient& r = m_register.recipients.at(position - 1);
        const QList<qsizetype> users = m_index.activitiesUsing(Catalogue::Kind::Recipients, r.id);
        part.table.rows.append(
            {escaped(r.name),
             r.kind == RecipientKind::NotRecorded ? textOrNotRecorded({}) : escaped(recipientKindName(r.kind)),
             textOrNotRecorded(r.country), textOrNotRecorded(r.purpose),
             usedByHtml(users, recipientIndexAnchor(position))});
    }
    return part;
}

DocumentPart RegisterHtml::retentionPart() const
{
    DocumentPart part{anchorTarget(partAnchor(Part::Retention)) + heading(2, Text::tr("4. Retention rules")), {}, {}};
    if (m_register.retentionRules.isEmpty()) {
        part.tail = QStringLiteral("<p>") + textOrNotRecorded({}) + QStringLiteral("</p>");
    }
    part.table.headers = {Text::tr("Rule"), Text::tr("Period"), Text::tr("Trigger"), Text::tr("Used by activities")};
    part.table.widths = {44, 12, 24, 20};
    for (qsizetype position = 1; position <= m_register.retentionRules.size(); ++position) {
        const RetentionRule& r = m_register.retentionRules.at(position - 1);
        const QList<qsizetype> users = m_index.activitiesUsing(Catalogue::Kind::RetentionRules, r.id);
        part.table.rows.append({escaped(r.description), textOrNotRecorded(RetentionRule::periodInWords(r.period)),
                                textOrNotRecorded(r.trigger), usedByHtml(users, retentionIndexAnchor(position))});
    }
    const QList<qsizetype> without = activitiesWithoutRetention();
    if (!without.isEmpty()) {
        part.tail += QStringLiteral("<p class=\"note\">") + escaped(Text::tr("Activities with no retention rule: ")) +
            usedByHtml(without, noRetentionIndexAnchor()) + QStringLiteral("</p>");
    }
    return part;
}

DocumentPart RegisterHtml::transfersPart() const
{
    DocumentPart part{
        anchorTarget(partAnchor(Part::Transfers)) + heading(2, Text::tr("5. International transfers")), {}, {}};
    part.table.headers = {Text::tr("Activity"), Text::tr("Country"), Text::tr("Safeguard")};
    part.table.widths = {50, 10, 40};
    for (qsizetype i = 0; i < m_register.activities.size(); ++i) {
        for (const Transfer& t : m_register.activities.at(i).transfers) {
            part.table.rows.append({link(activityAnchor(i), escaped(activityHeading(i))), escaped(t.country),
                                    textOrNotRecorded(t.safeguard)});
        }
    }
    if (part.table.rows.isEmpty()) {
        part.tail = QStringLiteral("<p>") + escaped(Text::tr("No transfers outside the UK are recorded.")) +
            QStringLiteral("</p>");
    }
    QStringList abroad;
    for (const Recipient& r : m_register.recipients) {
        if (!r.country.isEmpty() && r.country != QLatin1StringView("GB")) {
            abroad << r.name + QStringLiteral(" (") + r.country + QLatin1Char(')');
        }
    }
    if (!abroad.isEmpty()) {
        part.tail += QStringLiteral("<p class=\"note\">") +
            escaped(Text::tr("Recipients recorded outside the UK: %1").arg(abroad.join(QStringLiteral("; ")))) +
            QStringLiteral("</p>");
    }
    return part;
}

QString RegisterHtml::findingsInWords() const
{
    return Text::tr("%1 when produced (rule set %2)")
        .arg(checks::Checker::inWords(checks::Checker::count(m_findings)), checks::RuleSet::version());
}

DocumentPart RegisterHtml::findingsPart() const
{
    const QString checked = QLocale(QLocale::English, QLocale::UnitedKingdom)
                                .toString(m_info.produced.toUTC().date(), QStringLiteral("d MMMM yyyy"));
    DocumentPart part{
        anchorTarget(partAnchor(Part::Findings)) + heading(2, Text::tr("6. Findings")) + QStringLiteral("<p>") +
            escaped(Text::tr("Checked on %1 against rule set %2: %3. Errors are gaps the law requires to be "
                             "closed; warnings are records an inspector would expect to see; information "
                             "items are worth a look at the next review.")
                        .arg(checked, checks::RuleSet::version(),
                             checks::Checker::inWords(checks::Checker::count(m_findings)))) +
            QStringLiteral("</p>"),
        {},
        {}};
    if (m_findings.isEmpty()) {
        part.tail =
            QStringLiteral("<p>") + escaped(Text::tr("The checks found nothing to report.")) + QStringLiteral("</p>");
        return part;
    }
    part.table.headers = {Text::tr("Severity"), Text::tr("Rule"),      Text::tr("Concerns"),
                          Text::tr("Finding"),  Text::tr("Provision"), Text::tr("What to do")};
    part.table.widths = {9, 6, 17, 30, 14, 24};
    for (const checks::Finding& f : m_findings) {
        part.table.rows.append({escaped(checks::severityName(f.severity)), escaped(f.ruleId), escaped(f.targetName),
                                escaped(f.message), escaped(f.article), escaped(f.fix)});
    }
    return part;
}

QList<qsizetype> RegisterHtml::activitiesWithoutRetention() const
{
    QList<qsizetype> without;
    for (qsizetype i = 0; i < m_register.activities.size(); ++i) {
        if (!m_register.activities.at(i).retention) {
            without << i;
        }
    }
    return without;
}

QString RegisterHtml::usedByHtml(const QList<qsizetype>& indices, const QString& indexAnchor) const
{
    if (indices.isEmpty()) {
        return escaped(Text::tr("No activity"));
    }
    if (runsOf(indices).size() > kMaxInlineRuns) {
        return link(indexAnchor, escaped(Text::tr("%1 activities (see the index)").arg(indices.size())));
    }
    return sectionNumbers(indices);
}

bool RegisterHtml::hasReferenceIndex() const
{
    const auto tooLong = [this](Catalogue::Kind kind, const QString& id) {
        return runsOf(m_index.activitiesUsing(kind, id)).size() > kMaxInlineRuns;
    };
    for (const Recipient& r : m_register.recipients) {
        if (tooLong(Catalogue::Kind::Recipients, r.id)) {
            return true;
        }
    }
    for (const RetentionRule& r : m_register.retentionRules) {
        if (tooLong(Catalogue::Kind::RetentionRules, r.id)) {
            return true;
        }
    }
    return runsOf(activitiesWithoutRetention()).size() > kMaxInlineRuns;
}

QString RegisterHtml::referenceIndexTitle() const
{
    // Numbered after the last part the register has: the findings annex is there only when asked for.
    return Text::tr("%1. Index of references").arg(m_info.withFindings ? 7 : 6);
}

DocumentPart RegisterHtml::referenceIndexPart() const
{
    DocumentPart part{anchorTarget(partAnchor(Part::ReferenceIndex)) + heading(2, referenceIndexTitle()) +
                          QStringLiteral("<p>") +
                          escaped(Text::tr("The activities of each entry whose list is too long for its table, as the "
                                           "section numbers of part 2.")) +
                          QStringLiteral("</p>"),
                      {},
                      {}};
    // One paragraph of runs per entry, flowing several to a line: a list of a thousand numbers then takes a few
    // lines instead of pages.
    const auto entry = [&part](const QString& anchor, const QString& name, const QString& kind,
                               const QList<qsizetype>& indices) {
        if (runsOf(indices).size() <= kMaxInlineRuns) {
            return;
        }
        const QString count = kind.isEmpty() ? Text::tr("(%1 activities)").arg(indices.size())
                                             : Text::tr("(%1, %2 activities)").arg(kind).arg(indices.size());
        part.tail += QStringLiteral("<p class=\"index-entry\">") + anchorTarget(anchor) + QStringLiteral("<b>") +
            escaped(name) + QStringLiteral("</b> ") + escaped(count) + QStringLiteral("</p>") +
            QStringLiteral("<p class=\"references\">") + sectionNumbers(indices) + QStringLiteral("</p>");
    };
    for (qsizetype position = 1; position <= m_register.recipients.size(); ++position) {
        const Recipient& r = m_register.recipients.at(position - 1);
        entry(recipientIndexAnchor(position), r.name, Text::tr("recipient"),
              m_index.activitiesUsing(Catalogue::Kind::Recipients, r.id));
    }
    for (qsizetype position = 1; position <= m_register.retentionRules.size(); ++position) {
        const RetentionRule& r = m_register.retentionRules.at(position - 1);
        entry(retentionIndexAnchor(position), r.description, Text::tr("retention rule"),
              m_index.activitiesUsing(Catalogue::Kind::RetentionRules, r.id));
    }
    entry(noRetentionIndexAnchor(), Text::tr("Activities with no retention rule"), QString(),
          activitiesWithoutRetention());
    return part;
}

} // namespace ropa::report
