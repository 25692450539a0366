#include "widgets/personchooser.h"

#include "models/personpickmodel.h"
#include "registry/personstore.h"
#include "registry/registryquery.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace youfu::ui {

PersonChooser::PersonChooser(core::Database& db, bool several, QWidget* parent)
    : QWidget(parent), m_db(db), m_several(several)
{
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("personSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Type a name or part of the citizen ID, then Enter"));
    v->addWidget(m_search);
    m_pick = new PersonPickModel(db, PersonPickModel::Layout::OneLine, this);
    m_matches = new QListView(this);
    m_matches->setObjectName(QStringLiteral("personMatches"));
    m_matches->setModel(m_pick);
    m_matches->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matches->setFixedHeight(m_matches->fontMetrics().height() * 3 + 12);
    v->addWidget(m_matches);
    if (several) {
        m_chosen = new QListWidget(this);
        m_chosen->setObjectName(QStringLiteral("chosenPersons"));
        m_chosen->setToolTip(tr("Delete removes the chosen person from the list"));
        m_chosen->setFixedHeight(m_chosen->fontMetrics().height() * 3 + 12);
        m_chosen->installEventFilter(this);
        v->addWidget(m_chosen);
    } else {
        m_one = new QLabel(this);
        m_one->setObjectName(QStringLiteral("chosenPerson"));
        m_one->setStyleSheet(QStringLiteral("font-weight: bold; color: #23324a;"));
        m_one->setFixedHeight(m_one->fontMetrics().lineSpacing() + 4);
        v->addWidget(m_one);
    }
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &PersonChooser::search);
    connect(m_matches, &QListView::doubleClicked, this, &PersonChooser::take);
    m_search->installEventFilter(this);
    m_matches->installEventFilter(this);
    setFocusProxy(m_search);
    setSizePolicy(QSizePolicy::Preferred,
                  QSizePolicy::Fixed); // a form's spare height goes elsewhere
    showChosen();
}

QList<qint64> PersonChooser::personIds() const
{
    return m_ids;
}

void PersonChooser::setPersonIds(const QList<qint64>& ids)
{
    m_ids.clear();
    m_lines.clear();
    for (qint64 id : ids) {
        const auto p = core::PersonStore(m_db).byId(id);
        add(id, p ? QStringLiteral("%1 · %2").arg(p->name, p->maskedCitizenId)
                  : tr("person %1").arg(id));
    }
    showChosen();
}

bool PersonChooser::choose(const QString& text)
{
    m_search->setText(text);
    m_delay->stop();
    search();
    if (m_pick->rowCount() == 0)
        return false;
    take(m_pick->index(0, 0));
    return true;
}

void PersonChooser::search()
{
    m_delay->stop();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_pick->clear();
        return;
    }
    core::RegistryQuery q;
    q.text = text;
    m_pick->setQuery(q);
    if (m_pick->rowCount() > 0)
        m_matches->setCurrentIndex(m_pick->index(0, 0));
}

void PersonChooser::take(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const qint64 id = m_pick->personIdAt(index.row());
    if (id <= 0)
        return;
    if (!m_several) {
        m_ids.clear();
        m_lines.clear();
    }
    add(id, m_pick->data(index).toString());
    showChosen();
    Q_EMIT changed();
}

void PersonChooser::add(qint64 id, const QString& line)
{
    if (m_ids.contains(id))
        return;
    m_ids << id;
    m_lines << line;
}

void PersonChooser::showChosen()
{
    if (m_chosen) {
        m_chosen->clear();
        m_chosen->addItems(m_lines);
    } else {
        m_one->setText(m_lines.isEmpty() ? tr("Nobody chosen yet") : m_lines.first());
    }
}

bool PersonChooser::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (watched == m_chosen && key == Qt::Key_Delete && m_chosen->currentRow() >= 0) {
        const int row = m_chosen->currentRow();
        m_ids.removeAt(row);
        m_lines.removeAt(row);
        showChosen();
        Q_EMIT changed();
        return true;
    }
    if (watched == m_search || watched == m_matches) {
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_search && (m_delay->isActive() || m_pick->rowCount() == 0))
                search();
            take(m_matches->currentIndex());
            return true;
        }
        if (watched == m_search && (key == Qt::Key_Down || key == Qt::Key_Up) &&
            m_pick->rowCount() > 0) {
            m_matches->setFocus(Qt::TabFocusReason);
            return false;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace youfu::ui
