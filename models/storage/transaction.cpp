#include "transaction.h"

#include "database.h"
#include "sqlquery.h"

#include <QSqlDriver>

namespace shortlist {

WriteTransaction::WriteTransaction(Database &db)
    : m_db(db)
{
    if (db.isReadOnly()) {
        m_error = makeError(ErrorCode::ReadOnly,
                            tr("This database is open read-only, so nothing can be changed. ")
                                + db.readOnlyReason());
        return;
    }
    if (db.transactionDepth > 0) {
        ++db.transactionDepth;
        m_active = true;
        return;
    }
    SqlQuery begin(db);
    if (!begin.exec(db.dialect().beginWrite())) {
        m_error = begin.error();
        return;
    }
    db.transactionDepth = 1;
    db.rollbackOnly = false;
    m_outermost = true;
    m_active = true;
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (!m_outermost) {
        --m_db.transactionDepth;
        return true;
    }
    if (m_db.rollbackOnly) {
        m_active = true;
        rollback();
        m_error = makeError(ErrorCode::Sql, tr("The change was abandoned part-way and has been undone; nothing was saved."));
        return false;
    }
    SqlQuery commitQuery(m_db);
    if (!commitQuery.exec(QStringLiteral("COMMIT"))) {
        m_error = commitQuery.error();
        m_active = true;
        rollback();
        return false;
    }
    m_db.transactionDepth = 0;
    return true;
}

void WriteTransaction::rollback()
{
    m_active = false;
    if (!m_outermost) {
        --m_db.transactionDepth;
        m_db.rollbackOnly = true;
        return;
    }
    SqlQuery rollbackQuery(m_db);
    rollbackQuery.exec(QStringLiteral("ROLLBACK"));
    m_db.transactionDepth = 0;
    m_db.rollbackOnly = false;
}

} // namespace shortlist
