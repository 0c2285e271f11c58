#pragma once

#include <QWidget>

class QTextBrowser;

namespace ropa::ui {

// The user guide shipped inside the program (resources/help), readable offline: lawful bases, the matrix, the
// checks and the documents, in a window of its own beside the register.
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    static constexpr const char* kGuideUrl = "qrc:/help/user-guide.html";

    explicit HelpWindow(QWidget* parent = nullptr);

    // The guide's one window, opened or brought to the front.
    static HelpWindow* showGuide(QWidget* parent);
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace ropa::ui
