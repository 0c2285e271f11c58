#pragma once

#include "domain/RegisterDiff.h"
#include "session/RegisterDocument.h"

#include <QDialog>
#include <QList>
#include <optional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ropa::ui {

// Register → Review: records a review of the whole register (one undoable edit), lists what is due for review and
// the reviews made, and shows what changed between two reviews, or since one, field by field.
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewDialog(session::RegisterDocument& document, QWidget* parent = nullptr);

    // Records the review the date and reviewer boxes describe (the Mark Reviewed button).
    void markReviewed();
    // Fills the lists and the comparison afresh from the register.
    void refresh();
    // Writes the comparison shown as a PDF for the DPO's file, to a file the user chooses (Export PDF).
    void exportPdf();

private:
    void showComparison();
    // The side of the comparison a list's choice names, in words: "version 12 (reviewed on ... by ...)".
    QString sideLabel(const QComboBox* combo) const;

    session::RegisterDocument& m_document;
    QDateEdit* m_dateEdit = nullptr;
    QLineEdit* m_reviewerEdit = nullptr;
    QPushButton* m_markButton = nullptr;
    QTableWidget* m_dueTable = nullptr;
    QTableWidget* m_reviewsTable = nullptr;
    QComboBox* m_fromCombo = nullptr;
    QComboBox* m_toCombo = nullptr;
    QTableWidget* m_diffTable = nullptr;
    QPushButton* m_exportButton = nullptr;
    std::optional<RegisterDiff> m_diff;
    QList<store::ReviewRecord> m_reviews;
};

} // namespace ropa::ui
