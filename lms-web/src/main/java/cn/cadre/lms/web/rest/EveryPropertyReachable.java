package cn.cadre.lms.web.rest;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Every property of a request body may be validated and cascaded: bodies are plain classes, not
 * JPA entities with lazy state, so the default resolver's question to JPA on each property is
 * wasted work (named in META-INF/validation.xml).
 */
public class EveryPropertyReachable implements TraversableResolver {

  @Override
  public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path pathToProperty,
      ElementType elementType) {
    return true;
  }

  @Override
  public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path pathToProperty,
      ElementType elementType) {
    return true;
  }
}
