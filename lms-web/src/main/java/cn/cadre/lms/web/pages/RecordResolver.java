package cn.cadre.lms.web.pages;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.RecordComponent;

/**
 * Lets page expressions read record components (#{row.name}) the way they read bean properties.
 * Expression Language 5 (Jakarta EE 10) knows only getters; EL 6 adds records natively, and this
 * resolver can go when the platform moves to Jakarta EE 11.
 */
public class RecordResolver extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    RecordComponent component = component(base, property);
    if (component == null) {
      return null;
    }
    try {
      Object value = component.getAccessor().invoke(base);
      context.setPropertyResolved(base, property);
      return value;
    } catch (ReflectiveOperationException e) {
      throw new ELException("cannot read " + property + " of " + base.getClass().getSimpleName(), e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    RecordComponent component = component(base, property);
    if (component == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    return null; // read-only: EL's contract for a property that cannot be set
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (component(base, property) != null) {
      throw new jakarta.el.PropertyNotWritableException("records are read-only: " + property);
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (component(base, property) != null) {
      context.setPropertyResolved(base, property);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base instanceof Record ? String.class : null;
  }

  private static RecordComponent component(Object base, Object property) {
    if (!(base instanceof Record) || !(property instanceof String name)) {
      return null;
    }
    for (RecordComponent c : base.getClass().getRecordComponents()) {
      if (c.getName().equals(name)) {
        return c;
      }
    }
    return null;
  }
}
