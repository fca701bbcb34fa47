package cn.cadre.lms.web.pages;

/** Moving through the pages of a list: the next and previous page within bounds, and how many there are. */
final class Paging {

  private Paging() {}

  static int pages(long total, int size) {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  static int next(int page, int size, long total) {
    return (long) (page + 1) * size < total ? page + 1 : page;
  }

  static int previous(int page) {
    return Math.max(0, page - 1);
  }
}
