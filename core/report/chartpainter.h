#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace youfu::core {

// A chart of a printed paper or a spreadsheet (the window draws its own with Qt Charts):
// grouped bars by category (townships) or lines over categories (months).
struct ChartSeries
{
    QString name;
    QList<double> values; // one per category
};

struct ChartData
{
    enum class Kind
    {
        Bars,
        Lines
    };
    Kind kind = Kind::Bars;
    QString title;
    QString unit; // shown beside the value axis ("人", "万元", "件")
    QStringList categories;
    QList<ChartSeries> series;
};

// Paints `chart` into `rect` (device units of the painter). Labels use the paper's table
// typeface, so Chinese prints alike on every PC.
void paintChart(QPainter& painter, const QRectF& rect, const ChartData& chart);
// The chart as an image of `widthMm` × `heightMm` at `dpi` (for a PDF page or an xlsx sheet).
QImage chartImage(const ChartData& chart, double widthMm, double heightMm, int dpi = 200);
// The same image as PNG bytes.
QByteArray chartPng(const ChartData& chart, double widthMm, double heightMm, int dpi = 200);

} // namespace youfu::core
