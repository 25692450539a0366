#include "care/freeclinicpanel.h"

#include "care/freeclinicdialog.h"
#include "care/freeclinicexport.h"
#include "care/freeclinicstore.h"
#include "care/pagedtablemodel.h"
#include "care/personseendialog.h"
#include "care/registertools.h"
#include "security/permission.h"
#include "widgets/tablecolumns.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace youfu::ui {

FreeClinicPanel::FreeClinicPanel(Session& session, QWidget* parent)
    : RegisterPanel(parent), m_session(session)
{
    setObjectName(QStringLiteral("freeClinics"));
    m_canManage = core::isAllowed(session.actor.roles, core::Permission::ManageCare);
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
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setPlaceholderText(tr("hospital, doctor or place"));
    m_text->setClearButtonEnabled(true);
    auto* textLabel = new QLabel(tr("Fin&d:"), this);
    textLabel->setBuddy(m_text);
    for (QWidget* w : std::initializer_list<QWidget*>{yearLabel, m_year, townshipLabel, m_township,
                                                      textLabel, m_text})
        filters->addWidget(w);
    filters->addStretch(1);
    layout->addLayout(filters);

    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New free clinic…"), this);
    m_new->setObjectName(QStringLiteral("newFreeClinic"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editFreeClinic"));
    m_addPerson = new QPushButton(tr("&Add person seen…"), this);
    m_addPerson->setObjectName(QStringLiteral("addPersonSeen"));
    m_removePerson = new QPushButton(tr("&Remove person"), this);
    m_removePerson->setObjectName(QStringLiteral("removePersonSeen"));
    auto* exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("exportFreeClinics"));
    for (QPushButton* b : {m_new, m_edit, m_addPerson, m_removePerson}) {
        b->setVisible(m_canManage);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    buttons->addWidget(m_summary);
    buttons->addWidget(exportButton);
    layout->addLayout(buttons);

    m_model = new PagedTableModel<core::FreeClinic>(
        {tr("Date"), tr("Township"), tr("Hospital"), tr("Doctors"), tr("Place"), tr("Persons seen"),
         tr("Registry persons"), tr("Follow-up")},
        [](const core::FreeClinic& c, int column, int role) -> QVariant {
            if (role == Qt::TextAlignmentRole && (column == 5 || column == 6))
                return int(Qt::AlignRight | Qt::AlignVCenter);
            if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
                return QVariant();
            switch (column) {
            case 0:
                return c.heldOn.toString(QStringLiteral("yyyy-MM-dd"));
            case 1:
                return c.townshipName;
            case 2:
                return c.hospital;
            case 3:
                return c.doctors;
            case 4:
                return c.place;
            case 5:
                return c.personsSeen;
            case 6:
                return c.registeredSeen;
            case 7:
                return c.followUp;
            }
            return QVariant();
        },
        this);
    auto* split = new QSplitter(Qt::Vertical, this);
    m_view = new QTableView(split);
    m_view->setObjectName(QStringLiteral("freeClinicList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_persons = new QTableWidget(0, 4, split);
    m_persons->setObjectName(QStringLiteral("personsSeen"));
    m_persons->setHorizontalHeaderLabels(
        {tr("Name"), tr("Citizen ID"), tr("Finding"), tr("Follow-up")});
    m_persons->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_persons->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_persons->setSelectionMode(QAbstractItemView::SingleSelection);
    m_persons->verticalHeader()->hide();
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_year, &QComboBox::currentIndexChanged, this, &FreeClinicPanel::reload);
    connect(m_township, &QComboBox::currentIndexChanged, this, &FreeClinicPanel::reload);
    connect(m_text, &QLineEdit::returnPressed, this, &FreeClinicPanel::reload);
    connect(m_text, &QLineEdit::textChanged, this, [this](const QString& t) {
        if (t.isEmpty())
            reload();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FreeClinicPanel::showPersons);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_canManage)
            editClinic();
    });
    connect(m_new, &QPushButton::clicked, this, &FreeClinicPanel::newClinic);
    connect(m_edit, &QPushButton::clicked, this, &FreeClinicPanel::editClinic);
    connect(m_addPerson, &QPushButton::clicked, this, &FreeClinicPanel::addPerson);
    connect(m_removePerson, &QPushButton::clicked, this, &FreeClinicPanel::removePerson);
    connect(exportButton, &QPushButton::clicked, this, &FreeClinicPanel::exportList);
    connect(m_persons, &QTableWidget::itemSelectionChanged, this, &FreeClinicPanel::updateButtons);
    updateButtons();
}

core::FreeClinicFilter FreeClinicPanel::filter() const
{
    core::FreeClinicFilter f;
    f.year = m_year->currentData().toInt();
    f.townshipCode = m_township->currentData().toString();
    f.text = m_text->text();
    return f;
}

qint64 FreeClinicPanel::currentId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->rowAt(i.row()).id : 0;
}

void FreeClinicPanel::reload()
{
    core::FreeClinicStore store(*m_session.db);
    const qint64 keep = currentId();
    auto years = store.years();
    fillYearFilter(m_year, years ? years.value() : QList<int>(),
                   m_session.db->clock().today().year());
    if (m_township->count() == 0)
        fillTownshipFilter(m_township, *m_session.db, tr("All townships"), false);
    const core::FreeClinicFilter f = filter();
    core::Database* db = m_session.db;
    if (!m_model->reload([db, f](int offset, int limit) {
            return core::FreeClinicStore(*db).page(f, offset, limit);
        }))
        Q_EMIT statusMessage(m_model->lastError());
    auto count = store.count(f);
    m_summary->setText(count ? tr("%n free clinic(s)", nullptr, count.value()) : count.error());
    fitColumns(m_view, 7);
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->rowAt(r).id == keep)
            m_view->selectRow(r);
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->selectRow(0);
    showPersons();
}

void FreeClinicPanel::showPersons()
{
    m_persons->setRowCount(0);
    const qint64 id = currentId();
    if (id > 0) {
        auto c = core::FreeClinicStore(*m_session.db).byId(id);
        if (!c) {
            Q_EMIT statusMessage(c.error());
        } else {
            m_persons->setRowCount(int(c->persons.size()));
            for (int r = 0; r < c->persons.size(); ++r) {
                const core::FreeClinicPerson& p = c->persons.at(r);
                const QStringList cells{p.personName, p.maskedCitizenId, p.finding, p.followUp};
                for (int col = 0; col < cells.size(); ++col) {
                    auto* item = new QTableWidgetItem(cells.at(col));
                    item->setData(Qt::UserRole, p.personId);
                    m_persons->setItem(r, col, item);
                }
            }
            fitColumns(m_persons, 2);
        }
    }
    updateButtons();
}

void FreeClinicPanel::updateButtons()
{
    const bool chosen = currentId() > 0;
    m_edit->setEnabled(chosen);
    m_addPerson->setEnabled(chosen);
    m_removePerson->setEnabled(chosen && !m_persons->selectedItems().isEmpty());
}

void FreeClinicPanel::newClinic()
{
    FreeClinicDialog d(m_session, 0, this);
    if (d.exec() != QDialog::Accepted)
        return;
    m_view->clearSelection();
    reload();
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->rowAt(r).id == d.savedId())
            m_view->selectRow(r);
    Q_EMIT statusMessage(tr("Free clinic recorded."));
}

void FreeClinicPanel::editClinic()
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    FreeClinicDialog d(m_session, id, this);
    if (d.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT statusMessage(tr("Free clinic corrected."));
    }
}

void FreeClinicPanel::addPerson()
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    PersonSeenDialog d(m_session, id, this);
    if (d.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT statusMessage(tr("Person seen recorded."));
    }
}

void FreeClinicPanel::removePerson()
{
    const qint64 id = currentId();
    const auto items = m_persons->selectedItems();
    if (id <= 0 || items.isEmpty())
        return;
    const qint64 personId = items.first()->data(Qt::UserRole).toLongLong();
    const QString name = m_persons->item(items.first()->row(), 0)->text();
    if (QMessageBox::question(
            this, tr("Remove person"),
            tr("Remove %1 from the persons seen at this free clinic?").arg(name)) !=
        QMessageBox::Yes)
        return;
    if (core::Status s =
            core::FreeClinicStore(*m_session.db).removePerson(m_session.actor, id, personId);
        !s) {
        QMessageBox::warning(this, tr("Remove person"), s.error());
        return;
    }
    reload();
}

void FreeClinicPanel::exportList()
{
    exportRegisterFile(this, m_session, core::freeClinicTable(*m_session.db, filter()),
                       QStringLiteral("free_clinics"), tr("Free clinics"));
}

} // namespace youfu::ui
