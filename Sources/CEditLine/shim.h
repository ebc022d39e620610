#ifndef PERFECTION_CEDITLINE_SHIM_H
#define PERFECTION_CEDITLINE_SHIM_H

#include <stdio.h>
#include <histedit.h>

// el_set and history are variadic, which Swift cannot call; these wrappers fix the arguments.
static inline int ceditline_set_prompt(EditLine *el, char *(*fn)(EditLine *)) {
  return el_set(el, EL_PROMPT, fn);
}
static inline int ceditline_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}
static inline int ceditline_set_getc(EditLine *el, el_rfunc_t fn) {
  return el_set(el, EL_GETCFN, fn);
}
static inline int ceditline_set_history(EditLine *el, History *h) {
  return el_set(el, EL_HIST, history, h);
}
static inline int ceditline_set_clientdata(EditLine *el, void *data) {
  return el_set(el, EL_CLIENTDATA, data);
}
static inline void *ceditline_clientdata(EditLine *el) {
  void *data = NULL;
  el_get(el, EL_CLIENTDATA, &data);
  return data;
}
static inline int ceditline_history_size(History *h, HistEvent *ev, int size) {
  return history(h, ev, H_SETSIZE, size);
}
static inline int ceditline_history_enter(History *h, HistEvent *ev, const char *line) {
  return history(h, ev, H_ENTER, line);
}
static inline int ceditline_history_unique(History *h, HistEvent *ev) {
  return history(h, ev, H_SETUNIQUE, 1);
}
static inline int ceditline_history_load(History *h, HistEvent *ev, const char *file) {
  return history(h, ev, H_LOAD, file);
}
static inline int ceditline_history_save(History *h, HistEvent *ev, const char *file) {
  return history(h, ev, H_SAVE, file);
}

#endif
