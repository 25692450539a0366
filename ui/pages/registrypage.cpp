#include "pages/registrypage.h"

#include "dialogs/applicationdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/personeditor.h"
#include "models/registrymodel.h"
#include "registry/areastore.h"
#include "registry/categorystore.h"
#include "security/permission.h"
#include "widgets/glyphicon.h"
#include "widgets/searchtolist.h"
#include "widgets/tablecolumns.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace youfu::ui {

RegistryPage::RegistryPage(Session& session, QWidget* parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("registryPage"));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* heading = new QLabel(tr("Registry of entitled persons"), this);
    heading->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold; color: #23324a;"));
    top->addWidget(heading);
    top->addStretch(1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("registryCount"));
    m_count->setStyleSheet(QStringLiteral("font-size: 15px; color: #23324a;"));
    top->addWidget(m_count);
    layout->addLayout(top);

    auto* searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("registrySearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
        tr("Search name, part of the citizen ID, village or full phone number (Ctrl+F)"));
    m_search->setMinimumWidth(380);
    searchRow->addWidget(m_search, 3);
    m_new = new QPushButton(tr("&New person…"), this);
    m_new->setObjectName(QStringLiteral("newPerson"));
    m_new->setToolTip(tr("Register a new person (Ctrl+N)"));
    const bool canEdit = core::isAllowed(session.actor.roles, core::Permission::EditRegistry) &&
                         !session.db->isReadOnly();
    m_new->setEnabled(canEdit);
    searchRow->addWidget(m_new);
    if (core::isAllowed(session.actor.roles, core::Permission::EditRegistry)) {
        m_import = new QPushButton(tr("&Import roster…"), this);
        m_import->setObjectName(QStringLiteral("importRoster"));
        m_import->setToolTip(tr("Import persons from the office's Excel or CSV roster"));
        m_import->setEnabled(canEdit);
        searchRow->addWidget(m_import);
        connect(m_import, &QPushButton::clicked, this, &RegistryPage::importRoster);
    }
    layout->addLayout(searchRow);

    buildFilters();
    layout->addSpacing(4);

    m_model = new RegistryModel(*session.db, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("registryView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView* h = m_view->horizontalHeader();
    h->setSortIndicator(RegistryModel::Name, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    h->setHighlightSections(false);
    fitColumns(m_view, RegistryModel::Categories);
    m_view->installEventFilter(this);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("registryEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("font-size: 15px; color: #5a6b82;"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &RegistryPage::applyQuery);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &RegistryPage::applySearchNow);
    searchToList(
        m_search, m_view, [this] { openCurrent(); },
        [this] {
            if (m_debounce->isActive())
                applySearchNow();
        });
    connect(m_model, &RegistryModel::totalCountChanged, this, &RegistryPage::updateCount);
    connect(m_view, &QTableView::doubleClicked, this, &RegistryPage::openCurrent);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, &RegistryPage::showContextMenu);
    connect(h, &QHeaderView::sortIndicatorChanged, this, &RegistryPage::keepSortIndicator);
    connect(m_new, &QPushButton::clicked, this, [this] { openPerson(0); });

    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut); // hidden pages do not take it
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto* add = new QShortcut(QKeySequence::New, this);
    add->setContext(Qt::WindowShortcut);
    connect(add, &QShortcut::activated, this, [this] {
        if (m_new->isEnabled())
            openPerson(0);
    });
    updateCount(m_model->totalCount());
    auto* exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("registryExport"));
    exportButton->setToolTip(tr("Save the list as it is filtered now to Excel or CSV"));
    searchRow->addWidget(exportButton);
    connect(exportButton, &QPushButton::clicked, this, &RegistryPage::exportList);
    auto* rosterButton = new QPushButton(tr("Export &roster (re-importable)…"), this);
    rosterButton->setObjectName(QStringLiteral("registryExportRoster"));
    rosterButton->setToolTip(tr("One row per category a person holds, with its start date and "
                                "details, under the column names the roster import reads: a file "
                                "with full ID numbers can be imported again. Only active persons "
                                "and their current categories; only the township and category "
                                "filters apply."));
    searchRow->addWidget(rosterButton);
    connect(rosterButton, &QPushButton::clicked, this, &RegistryPage::exportRoster);
}

QIcon RegistryPage::icon() const
{
    return glyphIcon(QStringLiteral("册"), QColor(0xc0, 0x39, 0x2b));
}

void RegistryPage::buildFilters()
{
    auto* row = new QHBoxLayout;
    m_township = new QComboBox(this);
    m_township->setObjectName(QStringLiteral("filterTownship"));
    m_township->addItem(tr("All townships"), QString());
    for (const core::Township& t : core::AreaStore(*session().db).townships())
        m_township->addItem(t.name, t.code);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("filterCategory"));
    m_category->addItem(tr("All categories"), QString());
    for (const core::Category& c : core::CategoryStore(*session().db).all())
        m_category->addItem(c.name, c.code);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("filterStatus"));
    m_status->addItem(tr("Any status"), QString());
    for (core::PersonStatus s : core::allPersonStatuses())
        m_status->addItem(core::personStatusTitle(s), core::personStatusKey(s));
    m_keyOnly = new QCheckBox(tr("&Key persons only"), this);
    m_keyOnly->setObjectName(QStringLiteral("filterKeyPersons"));
    auto* label = new QLabel(tr("Filter:"), this);
    label->setStyleSheet(QStringLiteral("color: #5a6b82;"));
    row->addWidget(label);
    row->addWidget(m_township);
    row->addWidget(m_category);
    row->addWidget(m_status);
    row->addWidget(m_keyOnly);
    row->addStretch(1);
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
    for (QComboBox* c : {m_township, m_category, m_status}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this,
                &RegistryPage::applySearchNow);
    }
    connect(m_keyOnly, &QCheckBox::toggled, this, &RegistryPage::applySearchNow);
}

void RegistryPage::refresh()
{
    m_model->reload();
}

void RegistryPage::applySearchNow()
{
    m_debounce->stop();
    applyQuery();
}

void RegistryPage::applyQuery()
{
    core::RegistryQuery q = m_model->query(); // keeps the sort
    q.text = m_search->text().trimmed();
    q.townshipCode = m_township->currentData().toString();
    q.categoryCode = m_category->currentData().toString();
    q.status.reset();
    core::PersonStatus s;
    if (core::personStatusFromKey(m_status->currentData().toString(), &s))
        q.status = s;
    q.keyPersonsOnly = m_keyOnly->isChecked();
    m_model->setQuery(q);
    if (m_model->rowCount() > 0)
        m_view->scrollToTop();
}

void RegistryPage::updateCount(qint64 count)
{
    const core::RegistryQuery& q = m_model->query();
    const bool filtered = !q.text.isEmpty() || !q.townshipCode.isEmpty() ||
                          !q.categoryCode.isEmpty() || q.status || q.keyPersonsOnly;
    m_count->setText(filtered ? tr("%n person(s) match", nullptr, int(count))
                              : tr("%n person(s) in total", nullptr, int(count)));
    if (count > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    if (!m_model->lastError().isEmpty()) {
        m_count->setText(tr("The search could not be made"));
        m_empty->setText(m_model->lastError());
    } else if (filtered)
        m_empty->setText(tr("Nobody matches. Check the spelling, use fewer words, or clear the "
                            "filters. A phone number is found only when typed in full."));
    else
        m_empty->setText(tr("The registry is empty. Register the first person with "
                            "“New person…” (Ctrl+N)."));
    m_stack->setCurrentWidget(m_empty);
}

void RegistryPage::keepSortIndicator(int column, Qt::SortOrder order)
{
    Q_UNUSED(order);
    // Sex and categories have no index to sort by: put the arrow back where the sort is.
    if (!RegistryModel::isSortable(column)) {
        const int current = m_model->sortColumn();
        QSignalBlocker block(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(current < 0 ? RegistryModel::Name : current,
                                                     m_model->query().order);
    }
}

void RegistryPage::openCurrent()
{
    const qint64 id = m_model->personIdAt(m_view->currentIndex().row());
    if (id > 0)
        openPerson(id);
}

void RegistryPage::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    const qint64 id = index.isValid() ? m_model->personIdAt(index.row()) : 0;
    if (id <= 0)
        return;
    m_view->selectRow(index.row());
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("registryContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* open = menu->addAction(tr("&Open…"));
    open->setObjectName(QStringLiteral("openPersonAction"));
    connect(open, &QAction::triggered, this, [this, id] { openPerson(id); });
    QAction* draft = menu->addAction(tr("&Draft benefit application…"));
    draft->setObjectName(QStringLiteral("draftApplicationAction"));
    draft->setEnabled(canDraft());
    // Queued: the menu closes before the modal dialog opens.
    connect(
        draft, &QAction::triggered, this, [this, id] { draftApplication(id); },
        Qt::QueuedConnection);
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

bool RegistryPage::canDraft() const
{
    return core::isAllowed(session().actor.roles, core::Permission::DraftApplication) &&
           !session().db->isReadOnly();
}

void RegistryPage::draftApplication(qint64 personId, QWidget* over)
{
    if (personId <= 0 || !canDraft())
        return;
    ApplicationDialog dlg(session(), 0, personId, over ? over : this);
    if (dlg.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(dlg.submitted() ? tr("The application was submitted.")
                                             : tr("The draft was saved."));
}

PersonEditor* RegistryPage::lastEditor() const
{
    return m_lastEditor.data();
}

PersonEditor* RegistryPage::openPerson(qint64 personId)
{
    // One window per person: raise it if it is open already.
    if (personId > 0) {
        for (PersonEditor* e : findChildren<PersonEditor*>()) {
            if (e->personId() == personId && e->isVisible()) {
                e->raise();
                e->activateWindow();
                m_lastEditor = e;
                return e;
            }
        }
    }
    auto* editor = new PersonEditor(session(), personId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &PersonEditor::saved, this, [this](qint64) { m_model->reload(); });
    editor->setDraftEnabled(canDraft());
    connect(editor, &PersonEditor::draftApplicationRequested, this,
            [this, editor](qint64 id) { draftApplication(id, editor); });
    editor->show();
    m_lastEditor = editor;
    return editor;
}

bool RegistryPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

// Home cards and Ctrl+K: "all", "keyPersons" (in care), "person:<id>" opens the editor.
bool RegistryPage::openView(const QString& view)
{
    if (view.startsWith(QLatin1String("person:"))) {
        const qint64 id = view.mid(7).toLongLong();
        return id > 0 && openPerson(id);
    }
    if (view != QLatin1String("all") && view != QLatin1String("keyPersons"))
        return Page::openView(view);
    const bool key = view == QLatin1String("keyPersons");
    for (QComboBox* c : {m_township, m_category, m_status}) {
        const QSignalBlocker block(c);
        c->setCurrentIndex(0);
    }
    if (key) {
        const QSignalBlocker block(m_status);
        m_status->setCurrentIndex(
            std::max(0, m_status->findData(core::personStatusKey(core::PersonStatus::Active))));
    }
    const QSignalBlocker block(m_keyOnly);
    m_keyOnly->setChecked(key);
    m_search->clear();
    applySearchNow();
    return true;
}

bool RegistryPage::exportList()
{
    applySearchNow(); // what the clerk typed last counts, even within the typing pause
    core::ListExportRequest request;
    request.list = core::ExportList::Registry;
    request.registry = m_model->query();
    QStringList filters;
    if (!request.registry.text.isEmpty())
        filters << tr("Search: %1").arg(request.registry.text);
    for (QComboBox* box : {m_township, m_category, m_status})
        if (!box->currentData().toString().isEmpty())
            filters << box->currentText();
    if (request.registry.keyPersonsOnly)
        filters << tr("Key persons only");
    request.subtitle = filters.join(tr("; "));
    return ExportDialog::exportList(this, session(), request, tr("Registry"));
}

bool RegistryPage::exportRoster()
{
    applySearchNow();
    core::ListExportRequest request;
    request.list = core::ExportList::Roster;
    // The roster reads the township and the category; search, status and key-person filters
    // do not apply to it (it holds the active persons only).
    const core::RegistryQuery query = m_model->query();
    request.registry.townshipCode = query.townshipCode;
    request.registry.categoryCode = query.categoryCode;
    QStringList filters;
    for (QComboBox* box : {m_township, m_category})
        if (!box->currentData().toString().isEmpty())
            filters << box->currentText();
    request.subtitle = filters.join(tr("; "));
    return ExportDialog::exportList(this, session(), request, tr("Roster"));
}

void RegistryPage::importRoster()
{
    if (!m_import || !m_import->isEnabled())
        return;
    ImportDialog dlg(session(), this);
    dlg.exec();
    if (dlg.importedCount() > 0) {
        m_model->reload();
        Q_EMIT statusMessage(
            tr("%n person(s) imported from the roster.", nullptr, int(dlg.importedCount())));
    }
}

} // namespace youfu::ui
