#include "OrganisationDialog.h"

#include "ControllerBox.h"
#include "session/RegisterDocument.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ropa::ui {

OrganisationDialog::OrganisationDialog(session::RegisterDocument& document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_controllerBox(new ControllerBox(this))
    , m_reviewedCheckBox(new QCheckBox(tr("Register last &reviewed on"), this))
    , m_reviewedEdit(new QDateEdit(this))
{
    setWindowTitle(tr("Organisation Details"));
    const Register& reg = document.reg();
    m_controllerBox->setController(reg.controller);
    m_reviewedCheckBox->setObjectName(QStringLiteral("reviewedCheckBox"));
    m_reviewedCheckBox->setToolTip(tr("The date someone last checked the whole register against what the "
                                      "organisation does; printed on the register's cover."));
    m_reviewedEdit->setObjectName(QStringLiteral("reviewedDateEdit"));
    m_reviewedEdit->setCalendarPopup(true);
    m_reviewedEdit->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_reviewedCheckBox->setChecked(reg.lastReviewed.has_value());
    m_reviewedEdit->setDate(reg.lastReviewed.value_or(QDate::currentDate()));
    m_reviewedEdit->setEnabled(reg.lastReviewed.has_value());
    connect(m_reviewedCheckBox, &QCheckBox::toggled, m_reviewedEdit, &QWidget::setEnabled);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    connect(m_controllerBox->nameEdit(), &QLineEdit::textChanged, ok,
            [ok](const QString& name) { ok->setEnabled(!name.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* reviewed = new QHBoxLayout;
    reviewed->addWidget(m_reviewedCheckBox);
    reviewed->addWidget(m_reviewedEdit);
    reviewed->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_controllerBox);
    layout->addLayout(reviewed);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void OrganisationDialog::apply()
{
    const Controller controller = m_controllerBox->controller();
    if (controller.name.isEmpty()) {
        return; // the organisation keeps a name
    }
    const Register& reg = m_document.reg();
    m_document.changeOrganisation(
        {controller, m_reviewedCheckBox->isChecked() ? std::optional<QDate>(m_reviewedEdit->date()) : std::nullopt,
         reg.reviewedBy, reg.pecrDeclared});
}

} // namespace ropa::ui
