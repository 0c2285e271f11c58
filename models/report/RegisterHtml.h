#pragma once

#include "checks/Finding.h"
#include "domain/Register.h"
#include "domain/RegisterIndex.h"
#include "report/DocumentInfo.h"
#include "report/DocumentPart.h"
#include "report/LawfulBasisMatrix.h"

#include <QList>
#include <QString>

namespace ropa::report {

// The Article 30 register as HTML fragments, one per section, shared by the PDF (one QTextDocument per
// section) and the single-file HTML register. Every empty field reads "Not recorded".
class RegisterHtml
{
public:
    struct ContentsEntry
    {
        QString title;
        int level = 0; // 0 for a part, 1 for an activity
        int page = 0; // 0 where no page numbers are known (HTML)
        QString anchor; // the name of the section's <a name> target, which the entry links to
    };

    // The parts that carry an anchor at the head of their first fragment.
    enum class Part { Matrix, Activities, Recipients, Retention, Transfers, Findings, ReferenceIndex };

    // A "used by" list folded to more runs than this gives its count and a link to the index of references:
    // a recipient used by every other activity of a long register would otherwise fill pages of numbers.
    static constexpr qsizetype kMaxInlineRuns = 12;

    RegisterHtml(const Register& reg, const DocumentInfo& info);

    QString cover() const;
    DocumentPart contentsPart(const QList<ContentsEntry>& entries) const;
    // One contents entry as a paragraph, for documents that set the page numbers themselves.
    QString contentsLine(const ContentsEntry& entry) const;
    QString contentsHeading() const;
    DocumentPart matrixPart() const;
    // The activity at index; the first one also carries the part heading.
    QString activitySection(qsizetype index) const;
    DocumentPart recipientsPart() const;
    DocumentPart retentionPart() const;
    DocumentPart transfersPart() const;
    // The findings annex, for a document whose info asks for it: the rule set version, the counts and every finding,
    // errors first.
    DocumentPart findingsPart() const;
    // Whether some "used by" list is too long to print in its table, so the register ends with an index of
    // references; without one there is no such part and no contents entry for it.
    bool hasReferenceIndex() const;
    // The index of references: for each catalogue entry whose list is too long, its activities as folded runs.
    DocumentPart referenceIndexPart() const;
    // "3 errors, 57 warnings, 19 for information when produced (rule set 2026.12)", for the cover.
    QString findingsInWords() const;

    // The contents entries in document order (parts and activities), without page numbers.
    QList<ContentsEntry> contentsEntries() const;

    // CSS understood both by QTextDocument and by browsers.
    static QString styleSheet();
    // The part of styleSheet() a table row needs: parsing less CSS for each row's document is much faster.
    static QString tableStyleSheet();
    static QString notRecorded();
    static QString title();
    // Width of the label column of an activity's fields, in CSS pixels: the tab stop of p.field.
    static constexpr int kLabelWidth = 215;

    QString activityHeading(qsizetype index) const;

    // Anchor names, the same in the HTML register and the PDF: "part-matrix", "part-activities", "part-recipients",
    // "part-retention", "part-transfers", "part-findings", "part-index", and "activity-N" for section 2.N (N from 1).
    static QString partAnchor(Part part);
    static QString activityAnchor(qsizetype index);
    // The target of an entry of the index of references: "index-recipient-N", "index-retention-N" (N the entry's
    // position in its catalogue, from 1) and "index-no-retention".
    static QString recipientIndexAnchor(qsizetype position);
    static QString retentionIndexAnchor(qsizetype position);
    static QString noRetentionIndexAnchor();
    // <a name="..."></a>, the target QTextDocument keeps as the anchor name of the text that follows it.
    static QString anchorTarget(const QString& name);

private:
    QString row(const QString& label, const QString& valueHtml) const;
    QString fieldRow(const QString& label, const QString& valueHtml) const;
    QString textOrNotRecorded(const QString& text) const;
    QString listOrNotRecorded(const QStringList& items) const;
    QString basesHtml(const Activity& a) const;
    QString specialConditionHtml(const Activity& a) const;
    QString dataCategoriesHtml(const Activity& a) const;
    QString recipientsHtml(const Activity& a) const;
    QString retentionHtml(const Activity& a) const;
    QString transfersHtml(const Activity& a) const;
    // A "used by" list as linked section numbers, or its count and a link to indexAnchor where it is too long.
    QString usedByHtml(const QList<qsizetype>& indices, const QString& indexAnchor) const;
    QList<qsizetype> activitiesWithoutRetention() const;
    QString referenceIndexTitle() const;

    const Register& m_register;
    DocumentInfo m_info;
    RegisterIndex m_index;
    LawfulBasisMatrix m_matrix;
    QList<checks::Finding> m_findings; // as the checks judge the register on the day it is produced
};

} // namespace ropa::report
