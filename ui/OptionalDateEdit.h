#pragma once

#include <QDate>
#include <QWidget>
#include <optional>

class QCheckBox;
class QDateEdit;

namespace ropa::ui {

// A date that may not be recorded at all: a tick box that says whether there is one ("Assessed on") and the date
// beside it, enabled only while ticked. Says once when the user is done changing it, as a line edit does, so an edit
// is saved once rather than at every digit.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(const QString& checkText, QWidget* parent = nullptr);

    std::optional<QDate> date() const;
    // Shows date without saying it was edited.
    void setDate(const std::optional<QDate>& date);
    QCheckBox* checkBox() const { return m_check; }
    QDateEdit* dateEdit() const { return m_edit; }

Q_SIGNALS:
    void edited();

private:
    QCheckBox* m_check = nullptr;
    QDateEdit* m_edit = nullptr;
};

} // namespace ropa::ui
