#pragma once

#include "domain/Controller.h"

#include <QGroupBox>
#include <QList>

class QLineEdit;

namespace ropa::ui {

// The organisation's details (Art. 30(1)(a)) as a group of fields, for creating a register and for changing
// its details later.
class ControllerBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit ControllerBox(QWidget* parent = nullptr);

    Controller controller() const;
    void setController(const Controller& controller);
    QLineEdit* nameEdit() const { return m_nameEdit; }
    // Every field, in the order shown.
    QList<QLineEdit*> edits() const;

private:
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_addressEdit = nullptr;
    QLineEdit* m_emailEdit = nullptr;
    QLineEdit* m_phoneEdit = nullptr;
    QLineEdit* m_dpoEdit = nullptr;
    QLineEdit* m_representativeEdit = nullptr;
    QLineEdit* m_icoEdit = nullptr;
};

} // namespace ropa::ui
