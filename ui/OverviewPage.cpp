#include "OverviewPage.h"

#include "charts/BarChart.h"
#include "checks/Checker.h"
#include "report/RegisterStatistics.h"
#include "session/RegisterDocument.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <utility>

namespace ropa::ui {

namespace {

const QColor kBasisColor(0x2e, 0x6f, 0xa7);
const QColor kRecipientColor(0x3b, 0x8c, 0x6e);
const QColor kSensitivityColor(0xa8, 0x5d, 0x24);
const QColor kErrorColor(0xb3, 0x26, 0x1e);
const QColor kWarningColor(0x9a, 0x62, 0x00);
const QColor kFindingColor(0x8a, 0x3b, 0x6e);

// The severities in the findings chart's order.
constexpr checks::Severity kSeverities[] = {checks::Severity::Error, checks::Severity::Warning, checks::Severity::Info};

QFont scaledFont(const QFont& base, qreal factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

// Shorter than specialCategoryName() so the three bars share half a page without eliding.
QString sensitivityLabel(SpecialCategory special)
{
    switch (special) {
    case SpecialCategory::None:
        return OverviewPage::tr("Ordinary");
    case SpecialCategory::Art9:
        return OverviewPage::tr("Special category (Art. 9)");
    case SpecialCategory::Art10:
        return OverviewPage::tr("Criminal offence (Art. 10)");
    }
    return {};
}

} // namespace

OverviewPage::OverviewPage(session::RegisterDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    auto* scrollArea = new QScrollArea(this);
    scrollArea->setObjectName(QStringLiteral("overviewScrollArea"));
    scrollArea->setWidgetResizable(true);
    scrollArea->setFrameShape(QFrame::NoFrame);
    scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scrollArea);

    auto* content = new QWidget(scrollArea);
    content->setObjectName(QStringLiteral("overviewContent"));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(12);

    m_controllerNameLabel = new QLabel(content);
    m_controllerNameLabel->setObjectName(QStringLiteral("controllerNameLabel"));
    m_controllerNameLabel->setFont(scaledFont(font(), 1.6, true));
    m_controllerNameLabel->setWordWrap(true);
    m_controllerNameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastReviewedLabel = new QLabel(content);
    m_lastReviewedLabel->setObjectName(QStringLiteral("lastReviewedLabel"));
    auto* heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(m_controllerNameLabel);
    heading->addWidget(m_lastReviewedLabel);
    layout->addLayout(heading);

    auto* figures = new QHBoxLayout;
    figures->setSpacing(12);
    layout->addLayout(figures);
    const auto figure = [&](const QString& name, const QString& caption, const QString& toolTip, auto onClick) {
        QLabel* label = addFigure(content, name, caption, toolTip);
        figures->addWidget(label->parentWidget(), 1);
        connect(static_cast<QPushButton*>(label->parentWidget()), &QPushButton::clicked, this, onClick);
        return label;
    };
    const auto toActivities = [this] { Q_EMIT activitiesRequested(); };
    const auto toRecipients = [this] { Q_EMIT catalogueRequested(Catalogue::Kind::Recipients); };
    m_activityCountLabel = figure(QStringLiteral("activityCountLabel"), tr("Processing activities"),
                                  tr("Purposes recorded in the register"), toActivities);
    m_recipientCountLabel = figure(QStringLiteral("recipientCountLabel"), tr("Recipients"),
                                   tr("Who personal data is disclosed to"), toRecipients);
    m_dataCategoryCountLabel =
        figure(QStringLiteral("dataCategoryCountLabel"), tr("Data categories"), tr("Kinds of personal data processed"),
               [this] { Q_EMIT catalogueRequested(Catalogue::Kind::DataCategories); });
    m_withoutBasisLabel = figure(QStringLiteral("activitiesWithoutBasisLabel"), tr("Activities without a basis"),
                                 tr("Every activity needs a lawful basis under Article 6(1)"), toActivities);
    m_unusedRecipientsLabel = figure(QStringLiteral("unusedRecipientCountLabel"), tr("Unused recipients"),
                                     tr("Recipients that no activity discloses data to"), toRecipients);
    m_findingCountLabel = figure(QStringLiteral("findingCountLabel"), tr("Findings to look at"),
                                 tr("Errors and warnings the checks find in the register"),
                                 [this] { Q_EMIT findingsRequested(std::nullopt); });

    m_basisChart = new charts::BarChart(content);
    m_basisChart->setObjectName(QStringLiteral("basisChartView"));
    m_basisChart->setBarColor(kBasisColor);
    m_basisChart->setPlaceholderText(tr("No processing activities recorded yet."));
    m_sensitivityChart = new charts::BarChart(content);
    m_sensitivityChart->setObjectName(QStringLiteral("sensitivityChartView"));
    m_sensitivityChart->setBarColor(kSensitivityColor);
    m_sensitivityChart->setPlaceholderText(tr("No data categories recorded yet."));
    m_recipientsChart = new charts::BarChart(content);
    m_recipientsChart->setObjectName(QStringLiteral("recipientsChartView"));
    m_recipientsChart->setBarColor(kRecipientColor);
    m_recipientsChart->setPlaceholderText(tr("No recipients recorded yet."));
    m_findingsChart = new charts::BarChart(content);
    m_findingsChart->setObjectName(QStringLiteral("findingsChartView"));
    m_findingsChart->setBarColor(kFindingColor);
    m_findingsChart->setPlaceholderText(tr("No findings: the register meets every rule."));
    m_findingsChart->setToolTip(tr("Click a bar to see those findings"));
    connect(m_findingsChart, &charts::BarChart::barClicked, this,
            [this](int index) { Q_EMIT findingsRequested(kSeverities[index]); });
    m_moreRecipientsLabel = new QLabel(content);
    m_moreRecipientsLabel->setObjectName(QStringLiteral("moreRecipientsLabel"));
    m_moreRecipientsLabel->setAlignment(Qt::AlignRight);

    auto* charts = new QGridLayout;
    charts->setHorizontalSpacing(12);
    charts->setVerticalSpacing(12);
    // The two short charts share a row and its height.
    for (charts::BarChart* chart : {m_basisChart, m_sensitivityChart, m_findingsChart}) {
        chart->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    }
    charts->addWidget(m_basisChart, 0, 0);
    charts->addWidget(m_sensitivityChart, 0, 1);
    // Recipient names are long, so their chart gets the whole width.
    auto* recipients = new QVBoxLayout;
    recipients->setSpacing(2);
    recipients->addWidget(m_recipientsChart);
    recipients->addWidget(m_moreRecipientsLabel);
    charts->addWidget(m_findingsChart, 1, 0);
    charts->addLayout(recipients, 2, 0, 1, 2);
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);
    layout->addLayout(charts);
    layout->addStretch(1);

    scrollArea->setWidget(content);

    // Counting and drawing wait until the page is looked at; edits elsewhere only mark it out of date.
    connect(&document, &session::RegisterDocument::changed, this, [this] {
        if (isVisible()) {
            refresh();
        } else {
            m_stale = true;
        }
    });
    refresh();
}

void OverviewPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_stale, false)) {
        refresh();
    }
}

QLabel* OverviewPage::addFigure(QWidget* parent, const QString& objectName, const QString& caption,
                                const QString& toolTip)
{
    // A button drawn as a card: a click, or Space on it, goes to the page behind the figure.
    auto* card = new QPushButton(parent);
    card->setObjectName(objectName + QStringLiteral("Card"));
    card->setBackgroundRole(QPalette::Base);
    card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred); // as tall as the tallest card
    card->setToolTip(toolTip);
    card->setAccessibleName(caption);
    card->setCursor(Qt::PointingHandCursor);
    card->setStyleSheet(QStringLiteral("QPushButton { background-color: palette(base); border: 1px solid palette(mid);"
                                       " border-radius: 4px; }"
                                       "QPushButton:hover { border-color: palette(highlight); }"
                                       "QPushButton:focus { border: 2px solid palette(highlight); }"));
    auto* number = new QLabel(card);
    number->setObjectName(objectName);
    number->setFont(scaledFont(font(), 2.0, true));
    number->setText(QStringLiteral("0"));
    auto* text = new QLabel(caption, card);
    text->setWordWrap(true);
    for (QLabel* label : {number, text}) {
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->setSpacing(0);
    layout->addWidget(number);
    layout->addWidget(text);
    layout->addStretch(1);
    card->setMinimumHeight(layout->sizeHint().height());
    return number;
}

void OverviewPage::setWarning(QLabel* figure, bool warn, const QColor& color)
{
    QPalette pal = palette();
    if (warn) {
        // On the card's Base background a label paints with Text, elsewhere with WindowText.
        pal.setColor(QPalette::WindowText, color);
        pal.setColor(QPalette::Text, color);
    }
    figure->setPalette(pal);
}

void OverviewPage::refresh()
{
    const Register& reg = m_document.reg();
    const report::RegisterStatistics stats(reg);

    const QString name = reg.controller.name.simplified();
    m_controllerNameLabel->setText(name.isEmpty() ? tr("Controller not named yet") : name);
    m_lastReviewedLabel->setText(
        reg.lastReviewed
            ? tr("Register last reviewed on %1").arg(QLocale().toString(*reg.lastReviewed, QLocale::LongFormat))
            : tr("The register has not been reviewed yet"));

    const QLocale locale;
    m_activityCountLabel->setText(locale.toString(stats.activityCount()));
    m_recipientCountLabel->setText(locale.toString(stats.recipientCount()));
    m_dataCategoryCountLabel->setText(locale.toString(stats.dataCategoryCount()));
    m_withoutBasisLabel->setText(locale.toString(stats.activitiesWithoutBasis()));
    setWarning(m_withoutBasisLabel, stats.activitiesWithoutBasis() > 0, kErrorColor);
    m_unusedRecipientsLabel->setText(locale.toString(stats.unusedRecipientCount()));
    setWarning(m_unusedRecipientsLabel, stats.unusedRecipientCount() > 0, kWarningColor);

    QList<std::pair<QString, int>> bases;
    for (const report::RegisterStatistics::BasisCount& count : stats.activitiesPerBasis()) {
        bases.append({basisName(count.basis), count.activities});
    }
    // A chart of nothing but zeros says less than a sentence.
    m_basisChart->setData(tr("Activities per lawful basis"), stats.activityCount() > 0 ? bases : decltype(bases)());

    const checks::Checker::Counts counts = checks::Checker::count(checks::Checker::run(reg));
    m_findingCountLabel->setText(locale.toString(counts.errors + counts.warnings));
    setWarning(m_findingCountLabel, counts.errors > 0, kErrorColor);
    const QList<std::pair<QString, int>> findings = {
        {tr("Errors"), counts.errors}, {tr("Warnings"), counts.warnings}, {tr("Information"), counts.infos}};
    m_findingsChart->setData(tr("Findings by severity"),
                             counts.errors + counts.warnings + counts.infos > 0 ? findings : decltype(findings)());

    QList<std::pair<QString, int>> recipients;
    for (const report::RegisterStatistics::RecipientUsage& usage : stats.recipientsByUse()) {
        if (recipients.size() == kTopRecipients) {
            break;
        }
        recipients.append({usage.name, usage.activities});
    }
    m_recipientsChart->setData(tr("Recipients by number of activities"), recipients);
    const qsizetype more = stats.recipientsByUse().size() - recipients.size();
    m_moreRecipientsLabel->setText(more > 0 ? tr("… and %n more", nullptr, static_cast<int>(more)) : QString());
    m_moreRecipientsLabel->setVisible(more > 0);

    QList<std::pair<QString, int>> sensitivity;
    for (const report::RegisterStatistics::SensitivityCount& count : stats.dataCategoriesBySensitivity()) {
        sensitivity.append({sensitivityLabel(count.special), count.dataCategories});
    }
    m_sensitivityChart->setData(tr("Data categories by sensitivity"),
                                stats.dataCategoryCount() > 0 ? sensitivity : decltype(sensitivity)());
}

} // namespace ropa::ui
