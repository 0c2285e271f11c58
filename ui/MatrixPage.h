#pragma once

#include <QWidget>

class QPlainTextEdit;
class QTableView;

namespace ropa::session {
class RegisterDocument;
}

namespace ropa::itemmodels {
class MatrixModel;
}

namespace ropa::ui {

// The lawful-basis matrix as an editable grid, with the asterisk list exactly as `ropa-cli matrix` prints it.
class MatrixPage : public QWidget
{
    Q_OBJECT

public:
    explicit MatrixPage(session::RegisterDocument& document, QWidget* parent = nullptr);

private:
    void refreshPreview();

    session::RegisterDocument& m_document;
    itemmodels::MatrixModel* m_model = nullptr;
    QTableView* m_matrixTableView = nullptr;
    QPlainTextEdit* m_matrixPreviewEdit = nullptr;
};

} // namespace ropa::ui
