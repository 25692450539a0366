#include "township/publicitypanel.h"

#include "care/pagedtablemodel.h"
#include "care/registertools.h"
#include "security/permission.h"
#include "township/publicitydialog.h"
#include "township/publicityexport.h"
#include "township/publicityrules.h"
#include "township/publicitystore.h"
#include "widgets/tablecolumns.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace youfu::ui {

PublicityPanel::PublicityPanel(Session& session, QWidget* parent)
    : RegisterPanel(parent), m_session(session)
{
    setObjectName(QStringLiteral("publicity"));
    m_canManage = core::isAllowed(session.actor.roles, core::Permission::ManageTownships);
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("year"));
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_township = new QComboBox(this);
    m_township->setObjectName(QStringLiteral("township"));
    auto* townshipLabel = new QLabel(tr("Town&ship:"), this);
    townshipLabel->setBuddy(m_township);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Both kinds"), -1);
    for (core::PublicityKind k : {core::PublicityKind::Materials, core::PublicityKind::Session})
        m_kind->addItem(core::PublicityRules::kindTitle(k), int(k));
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setPlaceholderText(tr("materials, subject or place"));
    m_text->setClearButtonEnabled(true);
    auto* textLabel = new QLabel(tr("Fin&d:"), this);
    textLabel->setBuddy(m_text);
    for (QWidget* w : std::initializer_list<QWidget*>{yearLabel, m_year, townshipLabel, m_township,
                                                      kindLabel, m_kind, textLabel, m_text})
        filters->addWidget(w);
    filters->addStretch(1);
    layout->addLayout(filters);

    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New publicity…"), this);
    m_new->setObjectName(QStringLiteral("newPublicity"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editPublicity"));
    auto* exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("exportPublicity"));
    for (QPushButton* b : {m_new, m_edit}) {
        b->setVisible(m_canManage);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    buttons->addWidget(m_summary);
    buttons->addWidget(exportButton);
    layout->addLayout(buttons);

    const QString county = tr("Whole county");
    m_model = new PagedTableModel<core::PublicityRecord>(
        {tr("Date"), tr("Kind"), tr("Township"), tr("Materials or subject"), tr("Copies"),
         tr("Audience"), tr("Place")},
        [county](const core::PublicityRecord& r, int column, int role) -> QVariant {
            if (role == Qt::TextAlignmentRole && (column == 4 || column == 5))
                return int(Qt::AlignRight | Qt::AlignVCenter);
            if (role != Qt::DisplayRole)
                return QVariant();
            const bool materials = r.kind == core::PublicityKind::Materials;
            switch (column) {
            case 0:
                return r.onDate.toString(QStringLiteral("yyyy-MM-dd"));
            case 1:
                return core::PublicityRules::kindTitle(r.kind);
            case 2:
                return r.townshipCode.isEmpty() ? county : r.townshipName;
            case 3:
                return r.title;
            case 4:
                return materials ? QVariant(r.copies) : QVariant();
            case 5:
                return materials ? QVariant() : QVariant(r.audience);
            case 6:
                return r.place;
            }
            return QVariant();
        },
        this);
    auto* split = new QSplitter(Qt::Vertical, this);
    m_view = new QTableView(split);
    m_view->setObjectName(QStringLiteral("publicityList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_totals = new QTableWidget(0, 5, split);
    m_totals->setObjectName(QStringLiteral("publicityTotals"));
    m_totals->setHorizontalHeaderLabels(
        {tr("Township"), tr("Handouts"), tr("Copies"), tr("Sessions"), tr("Audience")});
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals->verticalHeader()->hide();
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    for (QComboBox* c : {m_year, m_township, m_kind})
        connect(c, &QComboBox::currentIndexChanged, this, &PublicityPanel::reload);
    connect(m_text, &QLineEdit::returnPressed, this, &PublicityPanel::reload);
    connect(m_text, &QLineEdit::textChanged, this, [this](const QString& t) {
        if (t.isEmpty())
            reload();
    });
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_canManage)
            editRecord();
    });
    connect(m_new, &QPushButton::clicked, this, &PublicityPanel::newRecord);
    connect(m_edit, &QPushButton::clicked, this, &PublicityPanel::editRecord);
    connect(exportButton, &QPushButton::clicked, this, &PublicityPanel::exportList);
}

core::PublicityFilter PublicityPanel::filter() const
{
    core::PublicityFilter f;
    f.year = m_year->currentData().toInt();
    f.townshipCode = m_township->currentData().toString();
    if (m_kind->currentData().toInt() >= 0)
        f.kind = core::PublicityKind(m_kind->currentData().toInt());
    f.text = m_text->text();
    return f;
}

qint64 PublicityPanel::currentId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->rowAt(i.row()).id : 0;
}

void PublicityPanel::reload()
{
    core::PublicityStore store(*m_session.db);
    auto years = store.years();
    fillYearFilter(m_year, years ? years.value() : QList<int>(),
                   m_session.db->clock().today().year());
    if (m_township->count() == 0)
        fillTownshipFilter(m_township, *m_session.db, tr("All townships"), true);
    const core::PublicityFilter f = filter();
    core::Database* db = m_session.db;
    if (!m_model->reload([db, f](int offset, int limit) {
            return core::PublicityStore(*db).page(f, offset, limit);
        }))
        Q_EMIT statusMessage(m_model->lastError());
    auto count = store.count(f);
    m_summary->setText(count ? tr("%n record(s)", nullptr, count.value()) : count.error());
    fitColumns(m_view, 3);
    m_edit->setEnabled(m_model->rowCount() > 0);
    showTotals();
}

void PublicityPanel::showTotals()
{
    m_totals->setRowCount(0);
    const int year = m_year->currentData().toInt() > 0 ? m_year->currentData().toInt()
                                                       : m_session.db->clock().today().year();
    core::PublicityTotal sum;
    auto totals = core::PublicityStore(*m_session.db).yearTotals(year, &sum);
    if (!totals) {
        Q_EMIT statusMessage(totals.error());
        return;
    }
    QList<core::PublicityTotal> lines = totals.value();
    sum.townshipName = tr("%1 in all").arg(year);
    lines << sum;
    m_totals->setRowCount(int(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        const core::PublicityTotal& t = lines.at(r);
        const QString name = r == lines.size() - 1      ? t.townshipName
                             : t.townshipCode.isEmpty() ? tr("Whole county")
                                                        : t.townshipName;
        m_totals->setItem(r, 0, new QTableWidgetItem(name));
        const int values[] = {t.handouts, t.copies, t.sessions, t.audience};
        for (int c = 0; c < 4; ++c) {
            auto* item = new QTableWidgetItem(QString::number(values[c]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_totals->setItem(r, c + 1, item);
        }
    }
    fitColumns(m_totals, 0);
}

void PublicityPanel::newRecord()
{
    PublicityDialog d(m_session, 0, this);
    if (d.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT statusMessage(tr("Publicity recorded."));
}

void PublicityPanel::editRecord()
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    PublicityDialog d(m_session, id, this);
    if (d.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT statusMessage(tr("Publicity corrected."));
    }
}

void PublicityPanel::exportList()
{
    exportRegisterFile(this, m_session, core::publicityTable(*m_session.db, filter()),
                       QStringLiteral("publicity"), tr("Policy publicity"));
}

} // namespace youfu::ui
