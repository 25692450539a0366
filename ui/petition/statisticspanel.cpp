#include "petition/statisticspanel.h"

#include "common/isotime.h"
#include "dialogs/dialogparts.h"
#include "io/computedexport.h"
#include "models/petitionstatmodel.h"
#include "petition/petitionliststore.h"
#include "widgets/barchart.h"
#include "widgets/filechooser.h"
#include "widgets/listtable.h"
#include "widgets/tablecolumns.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

using Dimension = core::PetitionListStore::Dimension;

StatisticsPanel::StatisticsPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("statisticsPanel"));
    const QDate today = session.db ? session.db->clock().today() : QDate::currentDate();
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto date = [this](const QDate& d, const char* name) {
        auto* e = new QDateEdit(d, this);
        e->setObjectName(QLatin1String(name));
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return e;
    };
    m_from = date(QDate(today.year(), 1, 1), "statFrom");
    m_to = date(QDate(today.year(), 12, 31), "statTo");
    auto* fromLabel = new QLabel(tr("Fro&m:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("T&o:"), this);
    toLabel->setBuddy(m_to);
    m_dimension = new QComboBox(this);
    m_dimension->setObjectName(QStringLiteral("statDimension"));
    m_dimension->addItem(tr("By month"), int(Dimension::Month));
    m_dimension->addItem(tr("By channel"), int(Dimension::Channel));
    m_dimension->addItem(tr("By subject"), int(Dimension::Subject));
    m_dimension->addItem(tr("By township"), int(Dimension::Township));
    auto* dimLabel = new QLabel(tr("&Group:"), this);
    dimLabel->setBuddy(m_dimension);
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("exportStatistics"));
    top->addWidget(fromLabel);
    top->addWidget(m_from);
    top->addWidget(toLabel);
    top->addWidget(m_to);
    top->addWidget(dimLabel);
    top->addWidget(m_dimension);
    top->addStretch();
    top->addWidget(m_export);
    layout->addLayout(top);

    m_model = new PetitionStatModel(this);
    m_table = makeListTable(m_model, "statisticsTable", this);
    fitColumns(m_table, PetitionStatModel::Title);
    m_chart = new BarChart(this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    connect(m_from, &QDateEdit::dateChanged, this, &StatisticsPanel::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &StatisticsPanel::reload);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &StatisticsPanel::reload);
    connect(m_export, &QPushButton::clicked, this, &StatisticsPanel::exportTable);
    reload();
}

void StatisticsPanel::reload()
{
    m_error->hide();
    if (!m_session.db)
        return;
    const auto d = Dimension(m_dimension->currentData().toInt());
    if (m_from->date() > m_to->date()) {
        m_model->setRows({}, m_dimension->currentText());
        m_chart->setData({}, {});
        showError(m_error, tr("The first day is after the last day."));
        return;
    }
    auto rows = core::PetitionListStore(*m_session.db)
                    .statistics(d, m_from->date(), m_to->date(), m_session.db->clock().today());
    if (!rows) {
        m_model->setRows({}, QString());
        m_chart->setData({}, {});
        showError(m_error, rows.error());
        return;
    }
    const QStringList firstTitles{tr("Month"), tr("Channel"), tr("Subject"), tr("Township")};
    m_model->setRows(rows.value(), firstTitles.value(m_dimension->currentIndex()));
    QStringList labels;
    QList<int> values;
    // The chart leaves out the 合计 row: it would dwarf every bar.
    for (int i = 0; i + 1 < rows->size(); ++i) {
        labels << rows->at(i).title;
        values << rows->at(i).cases;
    }
    m_chart->setTitle(tr("Cases received"));
    m_chart->setData(labels, values);
    m_export->setEnabled(!rows->isEmpty());
}

QString StatisticsPanel::subtitle() const
{
    return tr("%1 to %2, %3")
        .arg(core::chineseDate(m_from->date()), core::chineseDate(m_to->date()),
             m_dimension->currentText());
}

bool StatisticsPanel::exportTo(const QString& path)
{
    auto rows = core::exportComputedTable(
        *m_session.db, m_session.actor, QStringLiteral("petition_statistics"),
        tr("Petition statistics"), subtitle(), m_model->headers(), m_model->lines(), path);
    if (!rows) {
        showError(m_error, rows.error());
        return false;
    }
    m_error->hide();
    Q_EMIT statusMessage(tr("%n row(s) exported to %1.", nullptr, int(rows.value()))
                             .arg(QDir::toNativeSeparators(path)));
    return true;
}

void StatisticsPanel::exportTable()
{
    const QString name =
        tr("Petition statistics %1.xlsx")
            .arg(m_session.db->clock().today().toString(QStringLiteral("yyyyMMdd")));
    const QString path =
        chooseSaveFile(this, tr("Export the statistics"), QDir::home().filePath(name),
                       tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace youfu::ui
