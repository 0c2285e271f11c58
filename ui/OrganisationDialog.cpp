#include "OrganisationDialog.h"

#include "ControllerBox.h"
#include "session/RegisterDocument.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
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
    , m_reviewedByEdit(new QLineEdit(this))
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
    m_reviewedByEdit->setObjectName(QStringLiteral("reviewedByEdit"));
    m_reviewedByEdit->setToolTip(tr("Who last checked the whole register."));
    m_reviewedByEdit->setText(reg.reviewedBy);
    auto* markReviewed = new QPushButton(tr("&Mark reviewed today"), this);
    markReviewed->setObjectName(QStringLiteral("markReviewedButton"));
    markReviewed->setToolTip(tr("Fill in today's date and your name (%1); saved with OK.").arg(document.actor()));
    connect(markReviewed, &QPushButton::clicked, this, [this] {
        m_reviewedCheckBox->setChecked(true);
        m_reviewedEdit->setDate(QDate::currentDate());
        m_reviewedByEdit->setText(m_document.actor());
    });
    for (QWidget* widget : {static_cast<QWidget*>(m_reviewedCheckBox), static_cast<QWidget*>(m_reviewedEdit),
                            static_cast<QWidget*>(m_reviewedByEdit), static_cast<QWidget*>(markReviewed)}) {
        widget->setProperty("ropaField", QStringLiteral("last_reviewed"));
    }

    // What the organisation says it does that PECR governs, whether or not an activity records it yet.
    auto* pecr = new QGroupBox(tr("The organisation uses (PECR)"), this);
    auto* pecrLayout = new QVBoxLayout(pecr);
    for (PecrUse use : allPecrUses()) {
        auto* box = new QCheckBox(pecrUseName(use), pecr);
        box->setObjectName(QStringLiteral("pecrDeclaredCheckBox_") + pecrUseKey(use));
        box->setToolTip(tr("Tick if the organisation does this anywhere, such as a cookie banner on its website or "
                           "a newsletter; the check then looks for the activity that records it."));
        box->setChecked(reg.pecrDeclared.contains(use));
        box->setProperty("ropaField", QStringLiteral("pecr_declared"));
        pecrLayout->addWidget(box);
        m_pecrBoxes.insert(use, box);
    }

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
    reviewed->addWidget(markReviewed);
    reviewed->addStretch();
    auto* reviewedBy = new QFormLayout;
    reviewedBy->addRow(tr("Reviewed &by:"), m_reviewedByEdit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_controllerBox);
    layout->addLayout(reviewed);
    layout->addLayout(reviewedBy);
    layout->addWidget(pecr);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void OrganisationDialog::apply()
{
    const Controller controller = m_controllerBox->controller();
    if (controller.name.isEmpty()) {
        return; // the organisation keeps a name
    }
    QList<PecrUse> declared;
    for (PecrUse use : allPecrUses()) {
        if (m_pecrBoxes.value(use)->isChecked()) {
            declared << use;
        }
    }
    m_document.changeOrganisation(
        {controller, m_reviewedCheckBox->isChecked() ? std::optional<QDate>(m_reviewedEdit->date()) : std::nullopt,
         m_reviewedByEdit->text().trimmed(), declared});
}

} // namespace ropa::ui
