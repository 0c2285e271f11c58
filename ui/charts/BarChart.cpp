#include "charts/BarChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace ropa::ui::charts {

namespace {

// A whole-number step that keeps the axis to ten ticks or fewer: 1, 2, 5, 10, 20, 50, ...
int tickStep(int maximum)
{
    if (maximum <= 8) {
        return 1;
    }
    const double raw = maximum / 6.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const int factor : {1, 2, 5}) {
        if (factor * magnitude >= raw) {
            return static_cast<int>(factor * magnitude);
        }
    }
    return static_cast<int>(10 * magnitude);
}

constexpr int kOverheadLines = 5;
constexpr int kOverheadPixels = 16;
// How thick a bar is, in lines of text: 0.65 of the 1.7 lines each bar is given.
constexpr double kBarLines = 1.1;

} // namespace

BarChart::BarChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_series(new QHorizontalBarSeries(m_chart))
    , m_categoryAxis(new QBarCategoryAxis(m_chart))
    , m_valueAxis(new QValueAxis(m_chart))
    , m_placeholderLabel(new QLabel(this))
{
    // Screenshots and tests must see the finished chart at once.
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->hide();
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 12, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);

    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    m_set = new QBarSet(QString());
    m_series->append(m_set);
    m_chart->addSeries(m_series);

    m_categoryAxis->setGridLineVisible(false);
    m_categoryAxis->setLineVisible(false);
    m_chart->addAxis(m_categoryAxis, Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);
    m_valueAxis->setLabelFormat(QStringLiteral("%d"));
    m_valueAxis->setTickType(QValueAxis::TicksDynamic);
    m_valueAxis->setTickAnchor(0);
    m_valueAxis->setMinorTickCount(0);
    m_chart->addAxis(m_valueAxis, Qt::AlignBottom);
    m_series->attachAxis(m_valueAxis);

    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFrameShape(QFrame::NoFrame);

    m_placeholderLabel->setAlignment(Qt::AlignCenter);
    // No word wrap: a wrapping label would make the whole chart height-for-width and shrink it to two lines.
    m_placeholderLabel->setTextFormat(Qt::RichText);
    m_placeholderLabel->setBackgroundRole(QPalette::Base);
    m_placeholderLabel->setAutoFillBackground(true);
    m_placeholderLabel->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chartView);
    layout->addWidget(m_placeholderLabel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    connect(m_series, &QHorizontalBarSeries::hovered, this,
            [this](bool status, int index, QBarSet*) { showToolTip(status, index); });
    connect(m_series, &QHorizontalBarSeries::clicked, this, [this](int index, QBarSet*) { activateBar(index); });

    setPlaceholderText(tr("Nothing recorded yet."));
    setBarColor(palette().color(QPalette::Highlight));
    applyStyle();
    rebuild();
}

void BarChart::setData(const QString& title, const QList<std::pair<QString, int>>& data)
{
    m_title = title;
    m_labels.clear();
    m_values.clear();
    for (const auto& [label, value] : data) {
        m_labels.append(label);
        m_values.append(value);
    }
    rebuild();
}

void BarChart::setPlaceholderText(const QString& text)
{
    m_placeholderText = text;
    rebuild();
}

void BarChart::setBarColor(const QColor& color)
{
    m_set->setColor(color);
    m_set->setBorderColor(color);
}

QList<QString> BarChart::displayedLabels() const
{
    // The axis runs bottom to top; report it top to bottom like labels().
    QList<QString> shown = m_categoryAxis->categories();
    std::reverse(shown.begin(), shown.end());
    for (QString& label : shown) {
        label.remove(QChar(0x200B));
    }
    return shown;
}

void BarChart::activateBar(int index)
{
    if (index >= 0 && index < m_values.size()) {
        Q_EMIT barClicked(index);
    }
}

QSize BarChart::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 70, heightForBars()};
}

QSize BarChart::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 36, heightForBars()};
}

void BarChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (labelWidth() != m_elideWidth) {
        updateLabels();
    }
    updateBarWidth();
}

void BarChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        applyStyle();
        m_elideWidth = -1;
        updateLabels();
        updateGeometry();
    }
}

void BarChart::rebuild()
{
    m_chart->setTitle(m_title);
    m_placeholderLabel->setText(
        QStringLiteral("<b>%1</b><p>%2</p>").arg(m_title.toHtmlEscaped(), m_placeholderText.toHtmlEscaped()));
    const bool empty = m_values.isEmpty();
    m_chartView->setVisible(!empty);
    m_placeholderLabel->setVisible(empty);

    // The category axis lists bottom to top, so the first value goes in last.
    QList<qreal> bars;
    bars.reserve(m_values.size());
    for (auto it = m_values.crbegin(); it != m_values.crend(); ++it) {
        bars.append(*it);
    }
    m_set->remove(0, m_set->count());
    m_set->append(bars);

    // One step beyond the longest bar leaves room for its value label.
    const int maximum = empty ? 0 : *std::max_element(m_values.cbegin(), m_values.cend());
    const int step = tickStep(maximum);
    m_valueAxis->setTickInterval(step);
    m_valueAxis->setRange(0, (maximum / step + 1) * step);

    m_elideWidth = -1;
    updateLabels();
    updateBarWidth();
    updateGeometry();
}

void BarChart::updateBarWidth()
{
    // A chart stretched taller than it asked for (to line up with a neighbour) keeps bars as thick as its
    // neighbour's rather than ballooning.
    if (m_values.isEmpty()) {
        return;
    }
    const int line = fontMetrics().height();
    const double perBar = double(height() - kOverheadLines * line - kOverheadPixels) / double(m_values.size());
    m_series->setBarWidth(perBar > 0 ? std::clamp(kBarLines * line / perBar, 0.25, 0.65) : 0.65);
}

void BarChart::updateLabels()
{
    m_elideWidth = labelWidth();
    const QFontMetrics metrics(m_categoryAxis->labelsFont());
    QStringList categories;
    for (auto it = m_labels.crbegin(); it != m_labels.crend(); ++it) {
        QString label = metrics.elidedText(it->simplified(), Qt::ElideRight, m_elideWidth);
        // The axis drops a category it already has, so labels that elide alike are told apart invisibly.
        while (categories.contains(label)) {
            label += QChar(0x200B);
        }
        categories.append(label);
    }
    m_categoryAxis->setCategories(categories);
}

void BarChart::applyStyle()
{
    const QPalette pal = palette();
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_chart->setTitleFont(titleFont);
    m_chart->setTitleBrush(pal.brush(QPalette::WindowText));
    m_chart->setBackgroundBrush(pal.brush(QPalette::Base));
    m_chart->setPlotAreaBackgroundVisible(false);

    m_categoryAxis->setLabelsFont(font());
    m_categoryAxis->setLabelsBrush(pal.brush(QPalette::Text));
    m_valueAxis->setLabelsFont(font());
    m_valueAxis->setLabelsBrush(pal.brush(QPalette::Text));
    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.15);
    m_valueAxis->setGridLineColor(grid);
    m_valueAxis->setLinePenColor(grid);

    m_set->setLabelFont(font());
    m_set->setLabelColor(pal.color(QPalette::Text));
}

int BarChart::labelWidth() const
{
    // Long names take up to about half the chart, never less than a readable stub.
    const int charWidth = fontMetrics().averageCharWidth();
    return std::clamp(width() * 45 / 100, charWidth * 14, charWidth * 72);
}

int BarChart::heightForBars() const
{
    const int line = fontMetrics().height();
    if (m_values.isEmpty()) {
        return line * 6;
    }
    // Title, value axis and margins, then a bar and a gap per value.
    return kOverheadLines * line + kOverheadPixels + static_cast<int>(m_values.size()) * line * 17 / 10;
}

void BarChart::showToolTip(bool status, int index)
{
    const qsizetype row = m_values.size() - 1 - index;
    if (!status || row < 0 || row >= m_values.size()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), tr("%1: %2").arg(m_labels.at(row)).arg(m_values.at(row)), this);
}

} // namespace ropa::ui::charts
