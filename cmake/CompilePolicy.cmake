# One INTERFACE target carries the compile policy every Shortlist target links.
add_library(shortlist_compile_policy INTERFACE)
target_compile_features(shortlist_compile_policy INTERFACE cxx_std_20)
target_compile_options(shortlist_compile_policy INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
  $<$<BOOL:${SHORTLIST_WERROR}>:-Werror>)
target_compile_definitions(shortlist_compile_policy INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_FOREACH
  QT_NO_KEYWORDS
  QT_USE_QSTRINGBUILDER
  QT_STRICT_ITERATORS
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  SHORTLIST_VERSION="${PROJECT_VERSION}")
