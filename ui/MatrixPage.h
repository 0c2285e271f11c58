#pragma once

#include <QPersistentModelIndex>
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

// The lawful-basis matrix as an editable grid, with the asterisk list exactly as `ropa-cli matrix` prints it. A click
// anywhere in a basis cell ticks or clears it, not only on its small box; Space does the same from the keyboard.
class MatrixPage : public QWidget
{
    Q_OBJECT

public:
    explicit MatrixPage(session::RegisterDocument& document, QWidget* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refreshPreview();

    session::RegisterDocument& m_document;
    itemmodels::MatrixModel* m_model = nullptr;
    QTableView* m_matrixTableView = nullptr;
    QPlainTextEdit* m_matrixPreviewEdit = nullptr;
    QPersistentModelIndex m_pressedCell; // where the left button went down, toggled if it comes up there too
};

} // namespace ropa::ui
