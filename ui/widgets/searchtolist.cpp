#include "widgets/searchtolist.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>

namespace youfu::ui {

namespace {

class SearchToList : public QObject
{
public:
    SearchToList(QLineEdit* search, QAbstractItemView* view, std::function<void()> open,
                 std::function<void()> flush)
        : QObject(search), m_view(view), m_open(std::move(open)), m_flush(std::move(flush))
    {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() & ~Qt::KeypadModifier)
            return false;
        const bool down = key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown;
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (!down && !(enter && m_open))
            return false;
        if (m_flush)
            m_flush();
        if (!chooseRow())
            return false; // nothing to go to: the box keeps the key
        if (down)
            m_view->setFocus(Qt::TabFocusReason);
        else
            m_open();
        return true;
    }

private:
    // Makes the selected row (or the first) current and selected; false when the list is empty.
    bool chooseRow()
    {
        QAbstractItemModel* model = m_view->model();
        if (!model || model->rowCount() == 0 || !m_view->isEnabled())
            return false;
        QItemSelectionModel* sel = m_view->selectionModel();
        QModelIndex current = m_view->currentIndex();
        if (!current.isValid() || !sel->isRowSelected(current.row(), current.parent()))
            current = model->index(0, 0);
        sel->setCurrentIndex(current,
                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(current);
        return true;
    }

    QAbstractItemView* m_view;
    std::function<void()> m_open;
    std::function<void()> m_flush;
};

} // namespace

void searchToList(QLineEdit* search, QAbstractItemView* view, std::function<void()> open,
                  std::function<void()> flush)
{
    search->installEventFilter(new SearchToList(search, view, std::move(open), std::move(flush)));
}

} // namespace youfu::ui
