#pragma once

#include "HistoryQueryService.h"

namespace pd {

// The History window's name for the history query service (app/history/HistoryQueryService): the
// queries, their thread and its database connection live there, outside the UI library.
class HistoryLoader : public HistoryQueryService
{
    Q_OBJECT
public:
    using HistoryQueryService::HistoryQueryService;
};

} // namespace pd
