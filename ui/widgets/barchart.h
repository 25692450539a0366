#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace youfu::ui {

// A small vertical bar chart drawn with QPainter (the project has no Qt Charts): one bar per
// label, its value written above it, the labels under the bars (turned when they would not fit)
// and a left axis with a few round ticks. Text is measured with the widget's font, so CJK
// labels are never cut.
class BarChart : public QWidget
{
    Q_OBJECT
public:
    explicit BarChart(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setData(const QStringList& labels, const QList<int>& values);
    const QStringList& labels() const { return m_labels; }
    const QList<int>& values() const { return m_values; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // A round axis top at or above `max` (1, 2, 5 × 10ⁿ steps) and the step between ticks.
    static int axisTop(int max, int* step = nullptr);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_title;
    QStringList m_labels;
    QList<int> m_values;
};

} // namespace youfu::ui
