#pragma once

#include "checks/Finding.h"
#include "domain/Catalogue.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;

namespace ropa::session {
class RegisterDocument;
}

namespace ropa::ui {

namespace charts {
class BarChart;
}

// The dashboard: who the controller is, the register's main counts, and charts of lawful bases, recipients, data
// sensitivity and the checker's findings, kept up to date with every change to the document. Each count is a button
// to the page behind it, and each bar of the findings chart leads to the findings of that severity.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    // The recipients chart shows this many, most used first, and says how many more there are.
    static constexpr int kTopRecipients = 10;

    explicit OverviewPage(session::RegisterDocument& document, QWidget* parent = nullptr);

Q_SIGNALS:
    void activitiesRequested();
    void catalogueRequested(ropa::Catalogue::Kind kind);
    void findingsRequested(std::optional<ropa::checks::Severity> severity);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    QLabel* addFigure(QWidget* parent, const QString& objectName, const QString& caption, const QString& toolTip);
    void setWarning(QLabel* figure, bool warn, const QColor& color);

    session::RegisterDocument& m_document;
    QLabel* m_controllerNameLabel = nullptr;
    QLabel* m_lastReviewedLabel = nullptr;
    QLabel* m_activityCountLabel = nullptr;
    QLabel* m_recipientCountLabel = nullptr;
    QLabel* m_dataCategoryCountLabel = nullptr;
    QLabel* m_withoutBasisLabel = nullptr;
    QLabel* m_unusedRecipientsLabel = nullptr;
    charts::BarChart* m_basisChart = nullptr;
    charts::BarChart* m_recipientsChart = nullptr;
    charts::BarChart* m_sensitivityChart = nullptr;
    charts::BarChart* m_findingsChart = nullptr;
    QLabel* m_findingCountLabel = nullptr;
    QLabel* m_moreRecipientsLabel = nullptr;
    bool m_stale = false; // the register changed while the page was hidden
};

} // namespace ropa::ui
