#include "ControllerBox.h"

#include <QFormLayout>
#include <QLineEdit>

namespace ropa::ui {

namespace {

QLineEdit* lineEdit(QWidget* parent, const char* objectName, const QString& placeholder = {})
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

ControllerBox::ControllerBox(QWidget* parent)
    : QGroupBox(tr("Organisation (the controller)"), parent)
{
    // Made in the order they are shown, which is also the order Tab moves through them.
    m_nameEdit = lineEdit(this, "controllerNameEdit", tr("Required"));
    m_addressEdit = lineEdit(this, "controllerAddressEdit");
    m_emailEdit = lineEdit(this, "controllerEmailEdit");
    m_phoneEdit = lineEdit(this, "controllerPhoneEdit");
    m_dpoEdit = lineEdit(this, "controllerDpoEdit", tr("Data protection officer or privacy contact"));
    m_representativeEdit =
        lineEdit(this, "controllerRepresentativeEdit", tr("Only if established outside the UK or EU"));
    m_icoEdit = lineEdit(this, "controllerIcoEdit", tr("e.g. ZA123456"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Address:"), m_addressEdit);
    form->addRow(tr("&Email:"), m_emailEdit);
    form->addRow(tr("P&hone:"), m_phoneEdit);
    form->addRow(tr("&DPO:"), m_dpoEdit);
    form->addRow(tr("Representa&tive:"), m_representativeEdit);
    form->addRow(tr("&ICO registration:"), m_icoEdit);
}

QList<QLineEdit*> ControllerBox::edits() const
{
    return {m_nameEdit, m_addressEdit, m_emailEdit, m_phoneEdit, m_dpoEdit, m_representativeEdit, m_icoEdit};
}

Controller ControllerBox::controller() const
{
    Controller controller;
    controller.name = m_nameEdit->text().trimmed();
    controller.address = m_addressEdit->text().trimmed();
    controller.email = m_emailEdit->text().trimmed();
    controller.phone = m_phoneEdit->text().trimmed();
    controller.dpo = m_dpoEdit->text().trimmed();
    controller.representative = m_representativeEdit->text().trimmed();
    controller.icoRegistration = m_icoEdit->text().trimmed();
    return controller;
}

void ControllerBox::setController(const Controller& controller)
{
    m_nameEdit->setText(controller.name);
    m_addressEdit->setText(controller.address);
    m_emailEdit->setText(controller.email);
    m_phoneEdit->setText(controller.phone);
    m_dpoEdit->setText(controller.dpo);
    m_representativeEdit->setText(controller.representative);
    m_icoEdit->setText(controller.icoRegistration);
}

} // namespace ropa::ui
