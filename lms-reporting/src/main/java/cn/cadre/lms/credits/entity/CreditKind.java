package cn.cadre.lms.credits.entity;

/** Required credits count toward the year's requirement; elective ones are shown beside them. */
public enum CreditKind {
  REQUIRED,
  ELECTIVE;

  public static CreditKind of(boolean required) {
    return required ? REQUIRED : ELECTIVE;
  }
}
