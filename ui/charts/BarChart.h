#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>
#include <utility>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalBarSeries;
class QLabel;
class QValueAxis;

namespace ropa::ui::charts {

// A titled horizontal bar chart of whole numbers, first bar at the top. Qt Charts is deprecated from Qt 6.10, so only
// ui/charts/ may include it; pages draw their charts through this class.
class BarChart : public QWidget
{
    Q_OBJECT

public:
    explicit BarChart(QWidget* parent = nullptr);

    void setData(const QString& title, const QList<std::pair<QString, int>>& data);
    // Shown instead of the chart while there is nothing to draw.
    void setPlaceholderText(const QString& text);
    void setBarColor(const QColor& color);

    const QString& title() const { return m_title; }
    // In the order given to setData, labels in full (the chart may elide long ones).
    const QList<QString>& labels() const { return m_labels; }
    const QList<int>& values() const { return m_values; }
    // The labels as the axis shows them now.
    QList<QString> displayedLabels() const;

    // Does what a click on bar index does: says so with barClicked.
    void activateBar(int index);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // A bar was clicked: its place in the order given to setData.
    void barClicked(int index);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void updateLabels();
    void updateBarWidth();
    void applyStyle();
    int labelWidth() const;
    int heightForBars() const;
    void showToolTip(bool status, int index);

    QString m_title;
    QString m_placeholderText;
    QList<QString> m_labels;
    QList<int> m_values;
    int m_elideWidth = -1;

    QChart* m_chart = nullptr;
    QChartView* m_chartView = nullptr;
    QHorizontalBarSeries* m_series = nullptr;
    QBarSet* m_set = nullptr;
    QBarCategoryAxis* m_categoryAxis = nullptr;
    QValueAxis* m_valueAxis = nullptr;
    QLabel* m_placeholderLabel = nullptr;
};

} // namespace ropa::ui::charts
